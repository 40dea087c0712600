import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** The 强制报告 record: a lead reported to the police (Minors Protection Law art. 11). */
@Entity('police_report')
@Index('idx_police_report_request', ['helpRequestId'])
export class PoliceReport {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'help_request_id', type: 'varchar', length: 36 })
  helpRequestId: string;

  /** Null once purged after the retention period, like all free text. */
  @Column({ name: 'police_station_sealed', type: 'text', nullable: true })
  policeStationSealed: string | null;

  @Column({ name: 'reference_sealed', type: 'text', nullable: true })
  referenceSealed: string | null;

  @Column({ name: 'reported_at', type: 'datetime', precision: 3 })
  reportedAt: Date;

  @Column({ name: 'recorded_by', type: 'varchar', length: 36 })
  recordedBy: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}
