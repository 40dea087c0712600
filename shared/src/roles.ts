import { REGION_LEVELS, ROLES, type RegionLevel, type Role } from './domain';
import { regionLevelOf } from './region-code';

/** The level of region an account of each role is bound to. */
export const ROLE_LEVEL: Record<Role, RegionLevel> = {
  federation_village: 'village',
  federation_town: 'town',
  federation_county: 'county',
  federation_city: 'city',
  federation_province: 'province',
  grid_worker: 'village',
  partner_police: 'county',
  partner_procuratorate: 'county',
  partner_justice: 'county',
  partner_health: 'county',
  partner_education: 'county',
  partner_civil_affairs: 'county',
  volunteer: 'village',
};

export const FEDERATION_ROLES = [
  'federation_village',
  'federation_town',
  'federation_county',
  'federation_city',
  'federation_province',
] as const satisfies readonly Role[];

/** The federation role that serves each level of region. */
export const FEDERATION_ROLE_OF_LEVEL: Record<RegionLevel, (typeof FEDERATION_ROLES)[number]> = {
  village: 'federation_village',
  town: 'federation_town',
  county: 'federation_county',
  city: 'federation_city',
  province: 'federation_province',
};

/** Federation roles of town level and above: they review a village's closures. */
export const TOWN_AND_ABOVE: readonly Role[] = [
  'federation_town',
  'federation_county',
  'federation_city',
  'federation_province',
];

export const PARTNER_ROLES = ROLES.filter((r) => r.startsWith('partner_'));

/** Federation roles of county level and above: desk staff who must use a second factor. */
export const COUNTY_AND_ABOVE: readonly Role[] = ['federation_county', 'federation_city', 'federation_province'];

// Who may create and disable whom (the server decides; the mini-program uses it to offer choices): a federation account manages roles ranked below its own.
const RANK: Record<Role, number> = {
  federation_province: 5,
  federation_city: 4,
  federation_county: 3,
  partner_police: 2.5,
  partner_procuratorate: 2.5,
  partner_justice: 2.5,
  partner_health: 2.5,
  partner_education: 2.5,
  partner_civil_affairs: 2.5,
  federation_town: 2,
  federation_village: 1,
  grid_worker: 0,
  volunteer: 0,
};

export function isFederationRole(role: Role): boolean {
  return (FEDERATION_ROLES as readonly Role[]).includes(role);
}

/** True when an account of `actor` may create or disable an account of `target` (scope checked apart). */
export function outranks(actor: Role, target: Role): boolean {
  return isFederationRole(actor) && RANK[target] < RANK[actor];
}

/** Roles an account may invite: ranked below its own, bound to a region inside its own. */
export function invitableRoles(actor: Role, regionCode: string): Role[] {
  const depth = REGION_LEVELS.indexOf(regionLevelOf(regionCode) ?? 'village');
  return ROLES.filter((role) => outranks(actor, role) && REGION_LEVELS.indexOf(ROLE_LEVEL[role]) >= depth);
}
