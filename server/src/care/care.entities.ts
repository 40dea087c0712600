import type { CareCategory, CareServiceKind, CareSource, CareStatus, RiskLevel } from '@hulei/shared';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { RegionPath } from '../common/jurisdiction/region-path';

/**
 * A child in the key-care ledger (重点关爱台账). Name, guardian situation, school and the case
 * notes are sealed; after closure and the retention period they are erased (purgedAt) and only
 * the anonymous columns stay for counts.
 */
@Entity('care_record')
@Index('idx_care_village_created', ['path.villageCode', 'createdAt'])
@Index('idx_care_town_created', ['path.townCode', 'createdAt'])
@Index('idx_care_county_created', ['path.countyCode', 'createdAt'])
@Index('idx_care_city_created', ['path.cityCode', 'createdAt'])
@Index('idx_care_province_created', ['path.provinceCode', 'createdAt'])
@Index('idx_care_status_closed', ['status', 'closedAt'])
export class CareRecord {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** The child's village. */
  @Column({ name: 'region_code', type: 'varchar', length: 12 })
  regionCode: string;

  @Column(() => RegionPath, { prefix: false })
  path: RegionPath;

  @Column({ type: 'varchar', length: 24 })
  category: CareCategory;

  @Column({ name: 'risk_level', type: 'varchar', length: 8 })
  riskLevel: RiskLevel;

  @Column({ type: 'varchar', length: 8 })
  source: CareSource;

  @Column({ type: 'varchar', length: 8 })
  status: CareStatus;

  @Column({ name: 'birth_year', type: 'integer', nullable: true })
  birthYear: number | null;

  @Column({ name: 'child_name_sealed', type: 'text', nullable: true })
  childNameSealed: string | null;

  @Column({ name: 'guardian_situation_sealed', type: 'text', nullable: true })
  guardianSituationSealed: string | null;

  @Column({ name: 'school_sealed', type: 'text', nullable: true })
  schoolSealed: string | null;

  /** The federation's case notes; never shown to helpers. */
  @Column({ name: 'notes_sealed', type: 'text', nullable: true })
  notesSealed: string | null;

  @Column({ name: 'help_request_id', type: 'varchar', length: 36, nullable: true })
  helpRequestId: string | null;

  @Column({ name: 'visit_id', type: 'varchar', length: 36, nullable: true })
  visitId: string | null;

  @Column({ name: 'created_by', type: 'varchar', length: 36 })
  createdBy: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt: Date;

  @Column({ name: 'closed_at', type: 'datetime', precision: 3, nullable: true })
  closedAt: Date | null;

  @Column({ name: 'purged_at', type: 'datetime', precision: 3, nullable: true })
  purgedAt: Date | null;
}

/** A service received: one of 五位一体, or a counselling session at the village child service station. */
@Entity('care_service')
@Index('idx_care_service_record', ['careRecordId', 'providedOn'])
export class CareService {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'care_record_id', type: 'varchar', length: 36 })
  careRecordId: string;

  @Column({ type: 'varchar', length: 24 })
  kind: CareServiceKind;

  /** YYYY-MM-DD. */
  @Column({ name: 'provided_on', type: 'varchar', length: 10 })
  providedOn: string;

  /** An institution or station (e.g. 沅陵县一站式取证救助中心), not a person's private data. */
  @Column({ type: 'varchar', length: 80 })
  provider: string;

  @Column({ name: 'note_sealed', type: 'text', nullable: true })
  noteSealed: string | null;

  @Column({ name: 'recorded_by', type: 'varchar', length: 36 })
  recordedBy: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}

/** A helper (volunteer account) paired with a child, with the plan's interval between visits. */
@Entity('care_pairing')
@Index('idx_care_pairing_record', ['careRecordId'])
@Index('idx_care_pairing_helper', ['helperAccountId', 'endedAt'])
@Index('idx_care_pairing_due', ['endedAt', 'nextDueAt'])
export class CarePairing {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'care_record_id', type: 'varchar', length: 36 })
  careRecordId: string;

  @Column({ name: 'helper_account_id', type: 'varchar', length: 36 })
  helperAccountId: string;

  @Column({ name: 'interval_days', type: 'integer' })
  intervalDays: number;

  @Column({ name: 'started_at', type: 'datetime', precision: 3 })
  startedAt: Date;

  @Column({ name: 'last_follow_up_at', type: 'datetime', precision: 3, nullable: true })
  lastFollowUpAt: Date | null;

  /** When the next follow-up visit is due; past it the pairing is overdue. */
  @Column({ name: 'next_due_at', type: 'datetime', precision: 3 })
  nextDueAt: Date;

  @Column({ name: 'ended_at', type: 'datetime', precision: 3, nullable: true })
  endedAt: Date | null;

  @Column({ name: 'created_by', type: 'varchar', length: 36 })
  createdBy: string;
}

/** A helper's follow-up visit and its note. */
@Entity('care_follow_up')
@Index('idx_care_follow_up_record', ['careRecordId', 'visitedOn'])
export class CareFollowUp {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'care_record_id', type: 'varchar', length: 36 })
  careRecordId: string;

  @Column({ name: 'pairing_id', type: 'varchar', length: 36, nullable: true })
  pairingId: string | null;

  @Column({ name: 'author_account_id', type: 'varchar', length: 36 })
  authorAccountId: string;

  /** YYYY-MM-DD. */
  @Column({ name: 'visited_on', type: 'varchar', length: 10 })
  visitedOn: string;

  @Column({ name: 'note_sealed', type: 'text', nullable: true })
  noteSealed: string | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}
