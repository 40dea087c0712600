import { Injectable } from '@nestjs/common';
import type { RegionLevel } from '@hulei/shared';
import { DataSource } from 'typeorm';
import { isSqlite } from '../database/data-source';
import { inTransaction } from '../database/transactions';
import { onConflictUpdate } from '../database/upsert';
import { Region } from './region.entity';

export interface RegionRow {
  code: string;
  name: string;
  officialName: string;
  level: RegionLevel;
  parentCode: string | null;
}

export interface RegionSummary {
  code: string;
  name: string;
  level: RegionLevel;
}

/**
 * The first code after `code`'s subtree ("431222" → "431223", "4399" → "44"), or null when none.
 * Only digits are compared, so the range holds in any collation (":" would not under unicode_ci).
 */
export function subtreeEnd(code: string): string | null {
  const stem = code.replace(/9+$/, '');
  if (stem === '') return null;
  return stem.slice(0, -1) + String(Number(stem.slice(-1)) + 1);
}

/** SQL condition and parameters for "code lies in the subtree of `under`". */
function subtreeCondition(under: string): { sql: string; params: string[] } {
  const end = subtreeEnd(under);
  return end === null ? { sql: 'code >= ?', params: [under] } : { sql: 'code >= ? AND code < ?', params: [under, end] };
}

function escapeLike(text: string): string {
  return text.replace(/[!%_]/g, (c) => `!${c}`);
}

@Injectable()
export class RegionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByCode(code: string): Promise<Region | null> {
    return this.dataSource.getRepository(Region).findOneBy({ code });
  }

  findByCodes(codes: string[]): Promise<Region[]> {
    if (codes.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(Region)
      .createQueryBuilder('r')
      .where('r.code IN (:...codes)', { codes })
      .getMany();
  }

  /** Direct children in code order; served by the (parent_code, code) index. */
  findChildren(parentCode: string): Promise<RegionSummary[]> {
    return this.dataSource.query('SELECT code, name, level FROM region WHERE parent_code = ? ORDER BY code', [
      parentCode,
    ]);
  }

  findRoots(): Promise<RegionSummary[]> {
    return this.dataSource.query('SELECT code, name, level FROM region WHERE parent_code IS NULL ORDER BY code');
  }

  /** Names containing `text` inside the subtree of `under` (all regions when null), by code. */
  searchByName(text: string, under: string | null, limit: number): Promise<RegionSummary[]> {
    const params: unknown[] = [`%${escapeLike(text)}%`];
    let range = '';
    if (under !== null) {
      const subtree = subtreeCondition(under);
      range = ` AND ${subtree.sql}`;
      params.push(...subtree.params);
    }
    params.push(limit);
    return this.dataSource.query(
      `SELECT code, name, level FROM region WHERE name LIKE ? ESCAPE '!'${range} ORDER BY code LIMIT ?`,
      params,
    );
  }

  countInSubtree(code: string): Promise<number> {
    const subtree = subtreeCondition(code);
    return this.dataSource
      .query(`SELECT COUNT(*) AS n FROM region WHERE ${subtree.sql}`, subtree.params)
      .then((rows: Array<{ n: number | string }>) => Number(rows[0]?.n ?? 0));
  }

  /** Inserts new rows and updates changed ones, in one statement per batch. */
  async upsertMany(rows: RegionRow[]): Promise<void> {
    if (rows.length === 0) return;
    const placeholders = rows.map(() => '(?, ?, ?, ?, ?)').join(', ');
    const params = rows.flatMap((r) => [r.code, r.name, r.officialName, r.level, r.parentCode]);
    const onConflict = onConflictUpdate(this.dataSource, ['code'], (inserted) => ({
      name: inserted('name'),
      official_name: inserted('official_name'),
      level: inserted('level'),
      parent_code: inserted('parent_code'),
    }));
    await this.dataSource.query(
      `INSERT INTO region (code, name, official_name, level, parent_code) VALUES ${placeholders}${onConflict}`,
      params,
    );
  }

  /** Runs `work` in one transaction on SQLite, where per-statement commits would cost minutes. */
  inBulk<T>(work: () => Promise<T>): Promise<T> {
    return isSqlite(this.dataSource) ? inTransaction(this.dataSource, () => work()) : work();
  }
}
