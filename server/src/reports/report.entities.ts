import type { RegionLevel, ReportKind } from '@hulei/shared';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { RegionPath } from '../common/jurisdiction/region-path';

export type StoredReportStatus = 'draft' | 'submitted' | 'returned';

/**
 * One region's report for one period (a month, or the year's summary): the chair's own words
 * (sealed), its place in the submit–return cycle and, once submitted, the figures as submitted.
 * The figures of a draft are always counted afresh; the level above counts its own from the data.
 */
@Entity('report')
@Index('uq_report_period_region', ['period', 'regionCode'], { unique: true })
@Index('idx_report_town_period', ['path.townCode', 'period'])
@Index('idx_report_county_period', ['path.countyCode', 'period'])
@Index('idx_report_city_period', ['path.cityCode', 'period'])
@Index('idx_report_province_period', ['path.provinceCode', 'period'])
export class Report {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 8 })
  kind: ReportKind;

  /** "2026-05" for a month, "2026" for the year's summary. */
  @Column({ type: 'varchar', length: 7 })
  period: string;

  @Column({ name: 'region_code', type: 'varchar', length: 12 })
  regionCode: string;

  @Column(() => RegionPath, { prefix: false })
  path: RegionPath;

  @Column({ type: 'varchar', length: 8 })
  level: RegionLevel;

  @Column({ type: 'varchar', length: 12 })
  status: StoredReportStatus;

  @Column({ name: 'experience_sealed', type: 'text', nullable: true })
  experienceSealed: string | null;

  @Column({ name: 'problems_sealed', type: 'text', nullable: true })
  problemsSealed: string | null;

  @Column({ name: 'suggestions_sealed', type: 'text', nullable: true })
  suggestionsSealed: string | null;

  /** The figures as submitted (counts only, zeros left out); null until submitted. */
  @Column({ type: 'text', nullable: true })
  figures: string | null;

  @Column({ name: 'due_at', type: 'datetime', precision: 3 })
  dueAt: Date;

  @Column({ name: 'submitted_at', type: 'datetime', precision: 3, nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'submitted_by', type: 'varchar', length: 36, nullable: true })
  submittedBy: string | null;

  /** How many times it was submitted (a returned report submitted again counts twice). */
  @Column({ type: 'integer' })
  submissions: number;

  @Column({ name: 'returned_at', type: 'datetime', precision: 3, nullable: true })
  returnedAt: Date | null;

  @Column({ name: 'returned_by', type: 'varchar', length: 36, nullable: true })
  returnedBy: string | null;

  @Column({ name: 'return_comment_sealed', type: 'text', nullable: true })
  returnCommentSealed: string | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt: Date;
}

export const REPORT_EVENT_KINDS = ['drafted', 'saved', 'submitted', 'returned'] as const;
export type ReportEventKind = (typeof REPORT_EVENT_KINDS)[number];

/** One step of a report's life: prepared, saved, submitted, returned (with the comment, sealed). */
@Entity('report_event')
@Index('idx_report_event_report', ['reportId', 'at'])
export class ReportEvent {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'report_id', type: 'varchar', length: 36 })
  reportId: string;

  @Column({ type: 'datetime', precision: 3 })
  at: Date;

  @Column({ type: 'varchar', length: 12 })
  kind: ReportEventKind;

  /** Null when the server prepared it (the 1st-of-month draft). */
  @Column({ name: 'actor_account_id', type: 'varchar', length: 36, nullable: true })
  actorAccountId: string | null;

  @Column({ name: 'comment_sealed', type: 'text', nullable: true })
  commentSealed: string | null;
}
