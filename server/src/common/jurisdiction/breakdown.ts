import { ancestorCode, type RegionLevel } from '@hulei/shared';
import { REGION_PATH_COLUMN } from './region-path';
import type { JurisdictionScope } from './scope';

const CHILD_LEVEL: Record<RegionLevel, RegionLevel | null> = {
  province: 'city',
  city: 'county',
  county: 'town',
  town: 'village',
  village: null,
};

/** The level below `level`, or null for a village. */
export function childLevelOf(level: RegionLevel): RegionLevel | null {
  return CHILD_LEVEL[level];
}

/**
 * The region-path column a report on `scope` is broken down by: the level below (a town's counts
 * per village), or the village's own column for a village. Aggregate queries for reports group by it,
 * so one query gives every part of the report and the whole is their sum.
 */
export function breakdownColumn(scope: JurisdictionScope): string {
  return REGION_PATH_COLUMN[childLevelOf(scope.level) ?? 'village'];
}

/** The code a region has in a region-path column: its ancestor at that column's level. */
export function codeInColumn(code: string, column: string): string {
  const level = (Object.keys(REGION_PATH_COLUMN) as RegionLevel[]).find((l) => REGION_PATH_COLUMN[l] === column);
  if (!level) throw new Error(`not a region-path column: ${column}`);
  return ancestorCode(code, level) ?? code;
}
