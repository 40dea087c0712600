import type { Role } from '@hulei/shared';

// Which cadres see what on the workbench; the server enforces the same lists (identity/roles.ts).

/** The federation at town level and above: reviews closures, sees reminders that failed below. */
export const TOWN_AND_ABOVE: readonly Role[] = [
  'federation_town',
  'federation_county',
  'federation_city',
  'federation_province',
];

/** 2112 cases are registered by the province or the city federation. */
export const OPINION_REGISTRARS: readonly Role[] = ['federation_province', 'federation_city'];
