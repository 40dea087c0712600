import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type SessionChannel = 'browser' | 'wechat';

/**
 * A login. Access tokens name it and are checked against it on every request, so revoking it
 * (logout, disabled account, changed password) takes effect at once.
 */
@Entity('session')
@Index('idx_session_account', ['accountId'])
export class Session {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'account_id', type: 'varchar', length: 36 })
  accountId: string;

  @Column({ type: 'varchar', length: 16 })
  channel: SessionChannel;

  @Index('uq_session_refresh', { unique: true })
  @Column({ name: 'refresh_token_hash', type: 'varchar', length: 64 })
  refreshTokenHash: string;

  /** The refresh token before the last rotation: presenting it again means it was stolen. */
  @Column({ name: 'previous_refresh_hash', type: 'varchar', length: 64, nullable: true })
  previousRefreshHash: string | null;

  /** Until TOTP is enrolled, a county-level session may only enrol it (production mode). */
  @Column({ name: 'enrol_only', type: 'boolean' })
  enrolOnly: boolean;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  @Column({ name: 'last_seen_at', type: 'datetime', precision: 3 })
  lastSeenAt: Date;

  /** Absolute end: 12 hours after login, whatever the activity. */
  @Column({ name: 'expires_at', type: 'datetime', precision: 3 })
  expiresAt: Date;

  @Column({ name: 'revoked_at', type: 'datetime', precision: 3, nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoke_reason', type: 'varchar', length: 32, nullable: true })
  revokeReason: string | null;
}
