import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { RegionPath } from '../common/jurisdiction/region-path';
import { whereInScope, type JurisdictionScope } from '../common/jurisdiction/scope';
import { onConflictUpdate } from '../database/upsert';
import { LessonRead } from './lesson-read.entity';

@Injectable()
export class LessonReadsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * One more read in the row of (lesson, day, region), which the first read of the day creates at 1:
   * one statement, so several server instances count together and none loses a read.
   */
  async increment(contentId: string, day: string, regionCode: string, path: RegionPath): Promise<void> {
    const onConflict = onConflictUpdate(this.dataSource, ['content_id', 'day', 'region_code'], () => ({
      read_count: 'read_count + 1',
    }));
    await this.dataSource.query(
      'INSERT INTO lesson_read (content_id, day, region_code, province_code, city_code, county_code, town_code,' +
        ` village_code, read_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)${onConflict}`,
      [contentId, day, regionCode, path.provinceCode, path.cityCode, path.countyCode, path.townCode, path.villageCode],
    );
  }

  /** Reports: reads on days in [fromDay, toDay) in the scope, per region of `column`. */
  async countForReport(
    scope: JurisdictionScope,
    column: string,
    fromDay: string,
    toDay: string,
  ): Promise<Array<{ code: string | null; reads: number }>> {
    const query = this.dataSource
      .getRepository(LessonRead)
      .createQueryBuilder('r')
      .select(`r.${column}`, 'code')
      .addSelect('COALESCE(SUM(r.read_count), 0)', 'reads')
      .where('r.day >= :fromDay AND r.day < :toDay', { fromDay, toDay });
    whereInScope(query, 'r', scope);
    const rows = await query.groupBy(`r.${column}`).getRawMany<Record<string, string | number | null>>();
    return rows.map((r) => ({ code: r.code === null ? null : String(r.code), reads: Number(r.reads) }));
  }
}
