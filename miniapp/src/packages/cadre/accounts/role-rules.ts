import { REGION_LEVELS, ROLES, regionLevelOf, type RegionLevel, type Role } from '@hulei/shared';

// The server's rules for who may invite and disable whom (server/src/identity/roles.ts), used here only
// to offer the right choices; the server decides. TODO: move both copies into shared/.

/** The level of region an account of each role belongs to. */
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

export const isFederation = (role: Role) => role.startsWith('federation_');

/** A federation account manages roles ranked below its own. */
export const outranks = (actor: Role, target: Role) => isFederation(actor) && RANK[target] < RANK[actor];

/** Roles she may invite: ranked below hers, bound to a region inside her own. */
export function invitableRoles(actor: Role, regionCode: string): Role[] {
  const depth = REGION_LEVELS.indexOf(regionLevelOf(regionCode) ?? 'village');
  return ROLES.filter((role) => outranks(actor, role) && REGION_LEVELS.indexOf(ROLE_LEVEL[role]) >= depth);
}
