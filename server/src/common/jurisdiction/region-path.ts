import { ancestorCode, regionLevelOf, type RegionLevel } from '@hulei/shared';
import { Column, type TableColumnOptions } from 'typeorm';

/**
 * A region-bound row carries its ancestors as columns (all nullable so one class serves rows that
 * may concern no region; regionPathOf always fills the province), filled on insert, so a jurisdiction filter
 * is an equality on the caller's level column that an index (e.g. (county_code, created_at)) can
 * serve with ORDER BY … LIMIT. A prefix LIKE cannot (DESIGN.md, "Databases").
 */
export class RegionPath {
  @Column({ name: 'province_code', type: 'varchar', length: 2, nullable: true })
  provinceCode: string | null;

  @Column({ name: 'city_code', type: 'varchar', length: 4, nullable: true })
  cityCode: string | null;

  @Column({ name: 'county_code', type: 'varchar', length: 6, nullable: true })
  countyCode: string | null;

  @Column({ name: 'town_code', type: 'varchar', length: 9, nullable: true })
  townCode: string | null;

  @Column({ name: 'village_code', type: 'varchar', length: 12, nullable: true })
  villageCode: string | null;
}

export const REGION_PATH_COLUMN: Record<RegionLevel, string> = {
  province: 'province_code',
  city: 'city_code',
  county: 'county_code',
  town: 'town_code',
  village: 'village_code',
};

/** The path of a region code: its own level and every level above filled, the rest null. */
export function regionPathOf(code: string): RegionPath {
  const path = new RegionPath();
  path.provinceCode = code.slice(0, 2);
  path.cityCode = ancestorCode(code, 'city') ?? null;
  path.countyCode = ancestorCode(code, 'county') ?? null;
  path.townCode = ancestorCode(code, 'town') ?? null;
  path.villageCode = ancestorCode(code, 'village') ?? null;
  return path;
}

/** The code a path points at (its deepest filled level). */
export function regionCodeOfPath(path: RegionPath): string | null {
  return path.villageCode ?? path.townCode ?? path.countyCode ?? path.cityCode ?? path.provinceCode;
}

/** An empty path, for rows that concern no region (a login attempt for an unknown phone). */
export function noRegionPath(): RegionPath {
  const path = new RegionPath();
  path.provinceCode = null;
  path.cityCode = null;
  path.countyCode = null;
  path.townCode = null;
  path.villageCode = null;
  return path;
}

export function levelOfCode(code: string): RegionLevel {
  const level = regionLevelOf(code);
  if (!level) throw new Error(`not a region code: ${code}`);
  return level;
}

/** The same columns for a migration's Table definition. */
export function regionPathColumns(): TableColumnOptions[] {
  return [
    { name: 'province_code', type: 'varchar', length: '2', isNullable: true },
    { name: 'city_code', type: 'varchar', length: '4', isNullable: true },
    { name: 'county_code', type: 'varchar', length: '6', isNullable: true },
    { name: 'town_code', type: 'varchar', length: '9', isNullable: true },
    { name: 'village_code', type: 'varchar', length: '12', isNullable: true },
  ];
}
