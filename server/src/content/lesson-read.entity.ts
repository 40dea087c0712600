import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { RegionPath } from '../common/jurisdiction/region-path';

/** The region key of a read that came with no region: never null, so the upsert always finds its row. */
export const NO_REGION = '';

/**
 * How often a lesson was read on one China day in one region: a counter, nothing about any reader
 * (no openid, address, device, user agent or time of each read). A read with no region has the key
 * NO_REGION and null region columns, so it is counted but belongs to no region's report.
 */
@Entity('lesson_read')
@Index('idx_lesson_read_village_day', ['path.villageCode', 'day'])
@Index('idx_lesson_read_town_day', ['path.townCode', 'day'])
@Index('idx_lesson_read_county_day', ['path.countyCode', 'day'])
@Index('idx_lesson_read_city_day', ['path.cityCode', 'day'])
@Index('idx_lesson_read_province_day', ['path.provinceCode', 'day'])
export class LessonRead {
  @PrimaryColumn({ name: 'content_id', type: 'varchar', length: 36 })
  contentId: string;

  /** The China calendar day of the reads, YYYY-MM-DD. */
  @PrimaryColumn({ type: 'varchar', length: 10 })
  day: string;

  /** The region the reader chose (any level), or NO_REGION. */
  @PrimaryColumn({ name: 'region_code', type: 'varchar', length: 12 })
  regionCode: string;

  /** The region and its ancestors, for scope filters; all null for NO_REGION. */
  @Column(() => RegionPath, { prefix: false })
  path: RegionPath;

  @Column({ name: 'read_count', type: 'integer' })
  readCount: number;
}
