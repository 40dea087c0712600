import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The first answer to a request carrying an Idempotency-Key, kept sealed for 24 hours so a
 * retry after a lost answer gets the same answer; then the answer is erased, the key kept.
 */
@Entity('idempotency_record')
@Index('idx_idempotency_expires', ['expiresAt'])
export class IdempotencyRecord {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  key: string;

  /** What the key was used for ("help_request"); a key is not reused across operations. */
  @Column({ type: 'varchar', length: 32 })
  operation: string;

  /** SHA-256 of the canonical request body: same key with another body is refused. */
  @Column({ name: 'request_hash', type: 'varchar', length: 64 })
  requestHash: string;

  @Column({ name: 'status_code', type: 'integer' })
  statusCode: number;

  /** The answer, sealed with the data key; null once expired. */
  @Column({ name: 'response_sealed', type: 'text', nullable: true })
  responseSealed: string | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'datetime', precision: 3 })
  expiresAt: Date;
}
