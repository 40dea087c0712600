import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed logins per phone, known or not, so a locked account and an unknown phone answer alike.
 * The key is a hash of the phone; the table says nothing about who tried.
 */
@Entity('login_throttle')
export class LoginThrottle {
  @PrimaryColumn({ name: 'phone_key', type: 'varchar', length: 64 })
  phoneKey: string;

  @Column({ type: 'integer' })
  failures: number;

  @Column({ name: 'locked_until', type: 'datetime', precision: 3, nullable: true })
  lockedUntil: Date | null;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt: Date;
}
