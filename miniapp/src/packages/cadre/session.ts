import Taro from '@tarojs/taro';
import type { ApiSchemas } from '@hulei/shared';
import { ApiError, api, attachSession } from '../../api';
import { pageUrl } from '../../lib/navigation';
import { sealedRead, sealedRemove, sealedWrite } from '../../lib/sealed-storage';
import { ROUTES } from '../../routes';

// The cadre's session: tokens kept (sealed) in storage, sent only to cadre routes, renewed once
// when the server refuses an expired access token, wiped on logout or when renewal fails.

export type LoginResult = ApiSchemas['LoginResultDto'];
export type CadreUser = LoginResult['user'];

interface CadreSession {
  accessToken: string;
  refreshToken: string;
  user: CadreUser;
  totpEnrolmentRequired: boolean;
}

const SLOT = 'hulei.cadre.session';
export const SESSION_ENDED_MESSAGE = '登录已失效，请重新登录';

// In the WeChat build each subpackage that imports this module gets its own copy of it, so the
// session is read from storage each time rather than held in a variable one copy would not see
// change. Memory holds it only when storage refuses to.
let unstored: CadreSession | undefined;
let renewal: Promise<boolean> | undefined;
let leaving = false;

export function cadreSession(): CadreSession | undefined {
  return sealedRead<CadreSession>(SLOT) ?? unstored;
}

function keep(next: CadreSession | undefined): void {
  unstored = undefined;
  try {
    if (next) sealedWrite(SLOT, next);
    else sealedRemove(SLOT);
  } catch {
    // Storage refused: the session lasts as long as the app stays open.
    unstored = next;
  }
}

/** After a login, an invitation or a refresh: the server's answer becomes the session. */
export function startSession({ accessToken, refreshToken, user, totpEnrolmentRequired }: LoginResult): void {
  leaving = false;
  keep({ accessToken, refreshToken, user, totpEnrolmentRequired });
}

/** TOTP enrolment lifts the restriction on this session at the server; mirror it here. */
export function markTotpEnrolled(): void {
  const session = cadreSession();
  if (session) keep({ ...session, totpEnrolmentRequired: false });
}

/** Forgets the tokens on this phone. */
export function endSession(): void {
  keep(undefined);
}

/** The reason a cadre was sent back to the login page, to show there once. */
let endedBecause: string | undefined;
export function takeEndReason(): string | undefined {
  const reason = endedBecause;
  endedBecause = undefined;
  return reason;
}

/** Wipes the session and opens the login page with nothing behind it. */
export function backToLogin(reason?: string): void {
  endSession();
  if (leaving) return;
  leaving = true;
  endedBecause = reason;
  void Taro.reLaunch({ url: pageUrl(ROUTES.cadreLogin, reason ? { expired: '1' } : undefined) });
}

/** Ends the session at the server too; the tokens go even when the network does not answer. */
export async function logout(): Promise<void> {
  try {
    await api.post('/api/auth/logout');
  } catch {
    // Offline or already ended: nothing else to do.
  }
  backToLogin();
}

async function renew(refused: string): Promise<boolean> {
  // Another call (or another subpackage) has already renewed the token this one was refused with.
  const session = cadreSession();
  if (session && session.accessToken !== refused) return true;
  const refreshToken = session?.refreshToken;
  if (!refreshToken) return false;
  renewal ??= api
    .post('/api/auth/refresh', { body: { refreshToken } })
    .then(
      (result) => {
        startSession(result);
        return true;
      },
      (error: unknown) => {
        // The server said no (idle 30 min, 12 h, disabled, revoked); anything else is the network.
        if (error instanceof ApiError && error.status === 401) return false;
        throw error;
      },
    )
    .finally(() => (renewal = undefined));
  return renewal;
}

/**
 * Cadre routes carry the bearer token; anonymous ones (help requests, regions, lessons) never do, so a
 * child's request cannot be tied to a cadre's phone. A test holds this list to the server's contract.
 */
export const sendsTokenTo = (path: string) =>
  /^\/api\/(cadre|identity|audit-events|notifications|opinion-cases)(\/|$)/.test(path) || path === '/api/auth/logout';

attachSession({
  sendsTokenTo,
  accessToken: () => cadreSession()?.accessToken,
  renew,
  end: (error) => backToLogin(error.message || SESSION_ENDED_MESSAGE),
});
