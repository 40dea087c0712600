import { createApiClient } from './client';

export { ApiError, messageOf } from './errors';
export type { ApiErrorKind } from './errors';

let accessToken: string | undefined;

/** Cadres sign in later; their token rides on every call until they sign out. */
export function setAccessToken(token: string | undefined): void {
  accessToken = token;
}

/** The app's one API client. HULEI_API_BASE is fixed at build time (config/index.ts). */
export const api = createApiClient({
  baseUrl: () => HULEI_API_BASE,
  getAccessToken: () => accessToken,
});
