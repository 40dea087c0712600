import type { RegionLevel, Role } from '@hulei/shared';
import type { JurisdictionScope } from '../../common/jurisdiction/scope';

/** The authenticated caller of a cadre route. */
export interface Cadre {
  accountId: string;
  sessionId: string;
  name: string;
  role: Role;
  regionCode: string;
  level: RegionLevel;
  /** The subtree of regions this cadre may see. */
  scope: JurisdictionScope;
}
