import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * What a cadre agreed to in the mini-program (wx.requestSubscribeMessage): a long-term
 * subscription (government accounts), or a count of one-time messages, each used once.
 */
@Entity('notification_subscription')
export class NotificationSubscription {
  @PrimaryColumn({ name: 'account_id', type: 'varchar', length: 36 })
  accountId: string;

  @Column({ name: 'long_term', type: 'boolean' })
  longTerm: boolean;

  @Column({ name: 'one_time_remaining', type: 'integer' })
  oneTimeRemaining: number;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt: Date;
}
