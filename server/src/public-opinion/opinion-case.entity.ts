import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { RegionPath } from '../common/jurisdiction/region-path';

export const OPINION_LEVELS = ['province', 'city', 'county', 'town'] as const;
export type OpinionLevel = (typeof OPINION_LEVELS)[number];
export const SEVERITIES = ['high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type OpinionStatus = 'open' | 'feedback_reported';

/**
 * A public-opinion (舆情) case about harm to women or children, handed down province → city →
 * county → town under the "2112" rule. Its description and source are sealed.
 */
@Entity('opinion_case')
@Index('idx_opinion_county_started', ['path.countyCode', 'startedAt'])
@Index('idx_opinion_city_started', ['path.cityCode', 'startedAt'])
@Index('idx_opinion_province_started', ['path.provinceCode', 'startedAt'])
@Index('idx_opinion_town_started', ['path.townCode', 'startedAt'])
export class OpinionCase {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** The region the case concerns (a town or a village). */
  @Column({ name: 'region_code', type: 'varchar', length: 12 })
  regionCode: string;

  @Column(() => RegionPath, { prefix: false })
  path: RegionPath;

  @Column({ type: 'varchar', length: 8 })
  severity: Severity;

  @Column({ name: 'description_sealed', type: 'text' })
  descriptionSealed: string;

  @Column({ name: 'source_sealed', type: 'text', nullable: true })
  sourceSealed: string | null;

  @Column({ type: 'varchar', length: 20 })
  status: OpinionStatus;

  @Column({ name: 'current_level', type: 'varchar', length: 8 })
  currentLevel: OpinionLevel;

  @Column({ name: 'current_region_code', type: 'varchar', length: 12 })
  currentRegionCode: string;

  /** The start of the 2-hour feedback window: when the case was registered. */
  @Column({ name: 'started_at', type: 'datetime', precision: 3 })
  startedAt: Date;

  @Column({ name: 'feedback_due_at', type: 'datetime', precision: 3 })
  feedbackDueAt: Date;

  @Column({ name: 'feedback_sealed', type: 'text', nullable: true })
  feedbackSealed: string | null;

  @Column({ name: 'feedback_at', type: 'datetime', precision: 3, nullable: true })
  feedbackAt: Date | null;

  @Column({ name: 'feedback_by', type: 'varchar', length: 36, nullable: true })
  feedbackBy: string | null;

  @Column({ name: 'feedback_overdue_at', type: 'datetime', precision: 3, nullable: true })
  feedbackOverdueAt: Date | null;

  @Column({ name: 'created_by', type: 'varchar', length: 36 })
  createdBy: string;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt: Date;
}

/** One level's hold of a case: when it arrived, was acknowledged, was handed on, and its deadline. */
@Entity('opinion_case_step')
@Index('idx_opinion_step_case', ['caseId', 'receivedAt'])
export class OpinionCaseStep {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'case_id', type: 'varchar', length: 36 })
  caseId: string;

  @Column({ type: 'varchar', length: 8 })
  level: OpinionLevel;

  @Column({ name: 'region_code', type: 'varchar', length: 12 })
  regionCode: string;

  @Column({ name: 'received_at', type: 'datetime', precision: 3 })
  receivedAt: Date;

  /** Deadline to hand on to the level below; null at the town, whose deadline is the feedback. */
  @Column({ name: 'due_at', type: 'datetime', precision: 3, nullable: true })
  dueAt: Date | null;

  @Column({ name: 'acknowledged_at', type: 'datetime', precision: 3, nullable: true })
  acknowledgedAt: Date | null;

  @Column({ name: 'acknowledged_by', type: 'varchar', length: 36, nullable: true })
  acknowledgedBy: string | null;

  @Column({ name: 'handed_on_at', type: 'datetime', precision: 3, nullable: true })
  handedOnAt: Date | null;

  @Column({ name: 'handed_on_by', type: 'varchar', length: 36, nullable: true })
  handedOnBy: string | null;

  /** Set when the deadline passed before the case was handed on. */
  @Column({ name: 'missed_at', type: 'datetime', precision: 3, nullable: true })
  missedAt: Date | null;
}
