import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { RegionPath } from '../common/jurisdiction/region-path';

export const AUDIT_ACTIONS = [
  'login_succeeded',
  'login_failed',
  'login_locked',
  'token_refreshed',
  'logout',
  'session_refused',
  'jurisdiction_denied',
  'record_read',
  'account_created',
  'account_disabled',
  'account_enabled',
  'password_changed',
  'invitation_created',
  'invitation_redeemed',
  'invitation_refused',
  'totp_enrolled',
  'wechat_bound',
  'audit_read',
  'receipt_lookup_failed',
  'help_request_erased',
  'household_import',
  'ledger_export',
  'care_record_closed',
  'care_record_purged',
  'content_created',
  'content_updated',
  'content_submitted',
  'content_approved',
  'content_returned',
  'content_withdrawn',
  'market_event_created',
  'market_event_updated',
  'market_event_cancelled',
  'report_submitted',
  'report_returned',
  'report_detail_export',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditOutcome = 'ok' | 'denied' | 'failed';

/**
 * Append-only: the application inserts and reads audit rows and has no path that updates or
 * deletes them; the database refuses UPDATE and DELETE as well (triggers in the migration).
 */
@Entity('audit_event')
@Index('idx_audit_county_at', ['path.countyCode', 'at'])
@Index('idx_audit_city_at', ['path.cityCode', 'at'])
@Index('idx_audit_province_at', ['path.provinceCode', 'at'])
export class AuditEvent {
  /** A UUID: no auto-increment, which differs between SQLite and MariaDB and caps at 2^31 as int. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'datetime', precision: 3 })
  at: Date;

  @Column({ name: 'actor_account_id', type: 'varchar', length: 36, nullable: true })
  actorAccountId: string | null;

  @Column({ name: 'actor_role', type: 'varchar', length: 32, nullable: true })
  actorRole: string | null;

  @Column({ type: 'varchar', length: 40 })
  action: AuditAction;

  @Column({ name: 'subject_type', type: 'varchar', length: 32, nullable: true })
  subjectType: string | null;

  @Column({ name: 'subject_id', type: 'varchar', length: 64, nullable: true })
  subjectId: string | null;

  /** The region the event concerns (the record's, else the actor's); null for unknown phones. */
  @Column(() => RegionPath, { prefix: false })
  path: RegionPath;

  @Column({ name: 'region_code', type: 'varchar', length: 12, nullable: true })
  regionCode: string | null;

  @Column({ type: 'varchar', length: 16 })
  outcome: AuditOutcome;

  /** A short reason code or note; never case content, passwords, codes or phone numbers. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  detail: string | null;
}
