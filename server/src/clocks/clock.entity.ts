import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type ClockState = 'pending' | 'fired' | 'cancelled' | 'failed';

/**
 * One deadline. Nothing about a deadline lives only in memory: a clock that fell due while every
 * server was down fires when one starts. The (state, due_at) index serves the claim query.
 */
@Entity('clock')
@Index('idx_clock_state_due', ['state', 'dueAt'])
@Index('idx_clock_subject', ['subjectType', 'subjectId', 'state'])
export class Clock {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** Which policy fires it ("help_ack", "opinion_step"…); a handler is registered per kind. */
  @Column({ type: 'varchar', length: 32 })
  kind: string;

  @Column({ name: 'subject_type', type: 'varchar', length: 32 })
  subjectType: string;

  @Column({ name: 'subject_id', type: 'varchar', length: 36 })
  subjectId: string;

  /** The rung of the ladder it belongs to (a handling level, a 2112 step). */
  @Column({ type: 'varchar', length: 16 })
  step: string;

  @Column({ name: 'due_at', type: 'datetime', precision: 3 })
  dueAt: Date;

  @Column({ type: 'varchar', length: 12 })
  state: ClockState;

  @Column({ type: 'integer' })
  attempts: number;

  @Column({ name: 'fired_at', type: 'datetime', precision: 3, nullable: true })
  firedAt: Date | null;

  /** Which server instance fired it (for the proof that two instances never fire one twice). */
  @Column({ name: 'fired_by', type: 'varchar', length: 64, nullable: true })
  firedBy: string | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}
