import { createApiClient, type SessionHooks } from './client';

export { ApiError, messageOf } from './errors';
export type { ApiErrorKind } from './errors';
export type { SessionHooks } from './client';

// The session code lives in the cadre subpackage, so a child's phone never downloads it.
let session: SessionHooks | undefined;

/** Called once by the cadre subpackage: from then on cadre routes carry the bearer token. */
export function attachSession(hooks: SessionHooks): void {
  session = hooks;
}

/** The app's one API client. HULEI_API_BASE is fixed at build time (config/index.ts). */
export const api = createApiClient({
  baseUrl: () => HULEI_API_BASE,
  session: () => session,
});
