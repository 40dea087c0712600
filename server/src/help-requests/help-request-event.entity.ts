import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const HELP_EVENT_KINDS = [
  'submitted',
  'routed',
  'acknowledged',
  'requester_message',
  'cadre_message',
  'status_changed',
  'referred',
  'police_report',
  'escalated',
  'deadline_missed',
  'police_report_overdue',
  'closure_requested',
  'closure_approved',
  'closure_returned',
  'closed',
  'purged',
  'erasure_requested',
  'erased',
] as const;
export type HelpEventKind = (typeof HELP_EVENT_KINDS)[number];

/** One step on a request's timeline. `note` is sealed free text; `data` holds no case content. */
@Entity('help_request_event')
@Index('idx_help_event_request', ['helpRequestId', 'at'])
export class HelpRequestEvent {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'help_request_id', type: 'varchar', length: 36 })
  helpRequestId: string;

  @Column({ type: 'datetime', precision: 3 })
  at: Date;

  @Column({ type: 'varchar', length: 24 })
  kind: HelpEventKind;

  @Column({ name: 'actor_account_id', type: 'varchar', length: 36, nullable: true })
  actorAccountId: string | null;

  /** The handling level after this event, and its region. */
  @Column({ type: 'varchar', length: 8 })
  level: string;

  @Column({ name: 'region_code', type: 'varchar', length: 12 })
  regionCode: string;

  @Column({ name: 'note_sealed', type: 'text', nullable: true })
  noteSealed: string | null;

  /** Small structured facts: a status, a department, a police station's name is sealed in note. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  data: string | null;
}
