import type { HandlingLevel, HelpCategory, HelpStatus, RequesterRole, Urgency } from '@hulei/shared';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { RegionPath } from '../common/jurisdiction/region-path';

export type HelpRequestOrigin = 'public' | 'visit';

/**
 * An anonymous request for help. It holds no identity of the requester: no openid, address, user
 * agent or device id. Free text is sealed (AES-256-GCM). The requester holds a receipt code of
 * which only an Argon2id hash is kept.
 */
@Entity('help_request')
@Index('idx_help_village_created', ['path.villageCode', 'createdAt'])
@Index('idx_help_town_created', ['path.townCode', 'createdAt'])
@Index('idx_help_county_created', ['path.countyCode', 'createdAt'])
@Index('idx_help_city_created', ['path.cityCode', 'createdAt'])
@Index('idx_help_province_created', ['path.provinceCode', 'createdAt'])
@Index('idx_help_status_closed', ['status', 'closedAt'])
export class HelpRequest {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index('uq_help_receipt', { unique: true })
  @Column({ name: 'receipt_hash', type: 'varchar', length: 64 })
  receiptHash: string;

  @Column({ type: 'varchar', length: 24 })
  category: HelpCategory;

  @Column({ type: 'varchar', length: 8 })
  urgency: Urgency;

  @Column({ name: 'requester_role', type: 'varchar', length: 8 })
  requesterRole: RequesterRole;

  @Column({ type: 'varchar', length: 16 })
  status: HelpStatus;

  @Column({ type: 'varchar', length: 8 })
  origin: HelpRequestOrigin;

  /** The village the request concerns. */
  @Column({ name: 'region_code', type: 'varchar', length: 12 })
  regionCode: string;

  @Column(() => RegionPath, { prefix: false })
  path: RegionPath;

  /** The level that must act now, and its region (the village, or an ancestor with a chair). */
  @Column({ name: 'handling_level', type: 'varchar', length: 8 })
  handlingLevel: HandlingLevel;

  @Column({ name: 'handling_region_code', type: 'varchar', length: 12 })
  handlingRegionCode: string;

  @Column({ name: 'description_sealed', type: 'text', nullable: true })
  descriptionSealed: string | null;

  @Column({ name: 'contact_phone_sealed', type: 'text', nullable: true })
  contactPhoneSealed: string | null;

  @Column({ name: 'market_event_id', type: 'varchar', length: 36, nullable: true })
  marketEventId: string | null;

  /** The current deadline (acknowledgement, then as the clocks set it). */
  @Column({ name: 'due_at', type: 'datetime', precision: 3, nullable: true })
  dueAt: Date | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt: Date;

  @Column({ name: 'acknowledged_at', type: 'datetime', precision: 3, nullable: true })
  acknowledgedAt: Date | null;

  @Column({ name: 'acknowledged_by', type: 'varchar', length: 36, nullable: true })
  acknowledgedBy: string | null;

  @Column({ name: 'police_reported_at', type: 'datetime', precision: 3, nullable: true })
  policeReportedAt: Date | null;

  /** Set when a sexual-abuse request missed its 强制报告 deadline: shown red on every dashboard. */
  @Column({ name: 'police_report_overdue_at', type: 'datetime', precision: 3, nullable: true })
  policeReportOverdueAt: Date | null;

  /** A village's written reason to close a sexual-abuse request without a police report. */
  @Column({ name: 'closure_reason_sealed', type: 'text', nullable: true })
  closureReasonSealed: string | null;

  @Column({ name: 'closure_requested_at', type: 'datetime', precision: 3, nullable: true })
  closureRequestedAt: Date | null;

  @Column({ name: 'resolved_at', type: 'datetime', precision: 3, nullable: true })
  resolvedAt: Date | null;

  @Column({ name: 'closed_at', type: 'datetime', precision: 3, nullable: true })
  closedAt: Date | null;

  /** When the free text was erased after the retention period; counts stay for reports. */
  @Column({ name: 'purged_at', type: 'datetime', precision: 3, nullable: true })
  purgedAt: Date | null;
}
