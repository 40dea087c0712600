import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { MarketEventStatus } from '@hulei/shared';
import { RegionPath } from '../common/jurisdiction/region-path';

/**
 * A 赶集普法 stall on a market day in one town. Its counters say how many scanned, finished a quiz
 * or asked for help from its QR code, and nothing about who: no openid, address, device or time of each.
 */
@Entity('market_event')
@Index('uq_market_event_code', ['code'], { unique: true })
@Index('idx_market_event_town', ['path.townCode', 'eventDate'])
@Index('idx_market_event_county', ['path.countyCode', 'eventDate'])
@Index('idx_market_event_city', ['path.cityCode', 'eventDate'])
@Index('idx_market_event_province', ['path.provinceCode', 'eventDate'])
export class MarketEvent {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** The short code in the QR codes (MARKET_EVENT_CODE_PATTERN). */
  @Column({ type: 'varchar', length: 8 })
  code: string;

  @Column({ name: 'market_name', type: 'varchar', length: 50 })
  marketName: string;

  /** The town and its ancestors; the village level stays empty. */
  @Column(() => RegionPath, { prefix: false })
  path: RegionPath;

  /** Local date of the market, YYYY-MM-DD. */
  @Column({ name: 'event_date', type: 'varchar', length: 10 })
  eventDate: string;

  /** Local time, HH:MM. */
  @Column({ name: 'start_time', type: 'varchar', length: 5 })
  startTime: string;

  @Column({ name: 'end_time', type: 'varchar', length: 5 })
  endTime: string;

  /** Who runs the stall, as the federation writes it (organisations, judges, lawyers): printed on the poster. */
  @Column({ type: 'varchar', length: 500 })
  organisers: string;

  @Column({ type: 'varchar', length: 12 })
  status: MarketEventStatus;

  @Column({ name: 'scan_count', type: 'integer' })
  scanCount: number;

  @Column({ name: 'quiz_count', type: 'integer' })
  quizCount: number;

  @Column({ name: 'help_request_count', type: 'integer' })
  helpRequestCount: number;

  @Column({ name: 'created_by', type: 'varchar', length: 36 })
  createdBy: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt: Date;

  @Column({ name: 'cancelled_at', type: 'datetime', precision: 3, nullable: true })
  cancelledAt: Date | null;
}
