// The role rules live in shared/ so the mini-program offers the same choices the server enforces.
export {
  COUNTY_AND_ABOVE,
  FEDERATION_ROLE_OF_LEVEL,
  FEDERATION_ROLES,
  isFederationRole,
  outranks,
  PARTNER_ROLES,
  ROLE_LEVEL,
  TOWN_AND_ABOVE,
} from '@hulei/shared';
