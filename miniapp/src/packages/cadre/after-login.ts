import { replacePage } from '../../lib/navigation';
import { ROUTES } from '../../routes';
import { startSession, type LoginResult } from './session';

/** Keeps the session, then TOTP enrolment when the server requires it (and nothing else), else the workbench. */
export function afterLogin(result: LoginResult): void {
  startSession(result);
  replacePage(result.totpEnrolmentRequired ? ROUTES.cadreTotp : ROUTES.cadre);
}
