import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type MessageSender = 'requester' | 'cadre';

/** The conversation between the requester (by receipt code) and the federation. */
@Entity('help_request_message')
@Index('idx_help_message_request', ['helpRequestId', 'at'])
export class HelpRequestMessage {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'help_request_id', type: 'varchar', length: 36 })
  helpRequestId: string;

  @Column({ type: 'datetime', precision: 3 })
  at: Date;

  @Column({ type: 'varchar', length: 12 })
  sender: MessageSender;

  @Column({ name: 'account_id', type: 'varchar', length: 36, nullable: true })
  accountId: string | null;

  @Column({ name: 'body_sealed', type: 'text', nullable: true })
  bodySealed: string | null;
}
