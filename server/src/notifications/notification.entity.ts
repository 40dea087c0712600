import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { RegionPath } from '../common/jurisdiction/region-path';

export const NOTIFICATION_KINDS = [
  'new_help_request',
  'help_request_escalated',
  'help_request_deadline',
  'police_report_deadline',
  'police_report_overdue',
  'opinion_case_assigned',
  'opinion_step_missed',
  'opinion_feedback_overdue',
  'erasure_requested',
  'monthly_report_draft',
  'report_returned',
  'summary_report_reminder',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export type NotificationState = 'pending' | 'sending' | 'sent' | 'failed' | 'undeliverable';
export type NotificationChannel = 'wechat' | 'sms';

/**
 * The outbox: a reminder to one cadre, written in the same transaction as what caused it, then
 * sent by the sender with retries. Its text is fixed per kind and carries no case content.
 */
@Entity('notification')
@Index('idx_notification_due', ['state', 'nextAttemptAt'])
@Index('idx_notification_account', ['accountId', 'createdAt'])
@Index('idx_notification_town_state', ['path.townCode', 'state'])
@Index('idx_notification_county_state', ['path.countyCode', 'state'])
@Index('idx_notification_city_state', ['path.cityCode', 'state'])
export class Notification {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'account_id', type: 'varchar', length: 36 })
  accountId: string;

  @Column({ type: 'varchar', length: 32 })
  kind: NotificationKind;

  /** The recipient's region, so the level above sees failed deliveries. */
  @Column({ name: 'region_code', type: 'varchar', length: 12 })
  regionCode: string;

  @Column(() => RegionPath, { prefix: false })
  path: RegionPath;

  @Column({ type: 'varchar', length: 16 })
  state: NotificationState;

  @Column({ type: 'varchar', length: 8, nullable: true })
  channel: NotificationChannel | null;

  @Column({ type: 'integer' })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'datetime', precision: 3 })
  nextAttemptAt: Date;

  /** A provider error code (never a phone number or an openid). */
  @Column({ name: 'last_error', type: 'varchar', length: 80, nullable: true })
  lastError: string | null;

  @Column({ name: 'sent_at', type: 'datetime', precision: 3, nullable: true })
  sentAt: Date | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}
