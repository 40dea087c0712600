import { isWithinRegion, type RegionLevel } from '@hulei/shared';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AppError } from '../errors/app-error';
import { levelOfCode, REGION_PATH_COLUMN } from './region-path';

/** What a caller may see: the subtree of one region. */
export interface JurisdictionScope {
  code: string;
  level: RegionLevel;
  /** The region-path column that equals `code` for every row in the subtree. */
  column: string;
}

export function scopeOf(regionCode: string): JurisdictionScope {
  const level = levelOfCode(regionCode);
  return { code: regionCode, level, column: REGION_PATH_COLUMN[level] };
}

export function isInScope(scope: JurisdictionScope, regionCode: string): boolean {
  return isWithinRegion(regionCode, scope.code);
}

/** Restricts a query on a region-bound table to the scope: one indexed equality. */
export function whereInScope<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  scope: JurisdictionScope,
): SelectQueryBuilder<T> {
  return query.andWhere(`${alias}.${scope.column} = :scopeCode`, { scopeCode: scope.code });
}

/** Outside the scope a record does not exist for the caller: 404, never 403. */
export function notFoundOutsideScope(): AppError {
  return AppError.notFound('没有找到，或不在你的管辖范围内');
}
