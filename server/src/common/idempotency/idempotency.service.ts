import { Injectable } from '@nestjs/common';
import { DataSource, LessThan, Not, IsNull, type EntityManager } from 'typeorm';
import { DataCipher } from '../crypto/data-cipher';
import { sha256 } from '../crypto/tokens';
import { AppError } from '../errors/app-error';
import { inTransaction } from '../../database/transactions';
import { IdempotencyRecord } from './idempotency-record.entity';

const KEEP_ANSWER_MS = 24 * 60 * 60 * 1000;
const CONTEXT = 'idempotency_record.response';

export interface IdempotentAnswer<T> {
  statusCode: number;
  body: T;
  /** True when this is the stored answer to an earlier request with the same key. */
  replayed: boolean;
}

/** JSON with sorted keys: the same body always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A unique-key violation on MariaDB/MySQL or SQLite. */
export function isDuplicateKey(error: unknown): boolean {
  const driverError = (error as { driverError?: { code?: string; errno?: number } }).driverError;
  return (
    driverError?.code === 'ER_DUP_ENTRY' || /^SQLITE_CONSTRAINT_(PRIMARYKEY|UNIQUE)$/.test(driverError?.code ?? '')
  );
}

/**
 * Runs an operation once per Idempotency-Key. The work and the record of its answer commit in
 * one transaction, so an answer lost on a bad network (or a crash before it was sent) is given
 * again to the retry, and a concurrent duplicate rolls back and gets the winner's answer.
 */
@Injectable()
export class IdempotencyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: DataCipher,
  ) {}

  async once<T>(
    operation: string,
    key: string,
    request: unknown,
    work: (manager: EntityManager) => Promise<{ statusCode: number; body: T }>,
    options: { checkedEarlier?: boolean } = {},
  ): Promise<IdempotentAnswer<T>> {
    const requestHash = this.hashOf(operation, request);
    // A caller that just asked earlierAnswer() saves the round trip; a race still ends in the
    // duplicate-key path below.
    const earlier = options.checkedEarlier ? null : await this.replay<T>(operation, key, requestHash);
    if (earlier) return earlier;
    try {
      return await inTransaction(this.dataSource, async (manager) => {
        const answer = await work(manager);
        const now = new Date();
        await manager.getRepository(IdempotencyRecord).insert({
          key,
          operation,
          requestHash,
          statusCode: answer.statusCode,
          responseSealed: this.cipher.seal(JSON.stringify(answer.body), CONTEXT),
          createdAt: now,
          expiresAt: new Date(now.getTime() + KEEP_ANSWER_MS),
        });
        return { ...answer, replayed: false };
      });
    } catch (error) {
      if (isDuplicateKey(error)) {
        const winner = await this.replay<T>(operation, key, requestHash);
        if (winner) return winner;
      }
      throw error;
    }
  }

  /**
   * The earlier answer for this key, if any (422 when the key came with another body). Callers
   * use it to skip costly preparation, such as hashing, for a retry.
   */
  earlierAnswer<T>(operation: string, key: string, request: unknown): Promise<IdempotentAnswer<T> | null> {
    return this.replay<T>(operation, key, this.hashOf(operation, request));
  }

  private hashOf(operation: string, request: unknown): string {
    return sha256(`${operation}:${canonicalJson(request)}`);
  }

  /** Erases answers older than 24 hours; the keys stay so they are not reused. */
  async eraseExpiredAnswers(now: Date): Promise<number> {
    const result = await this.dataSource
      .getRepository(IdempotencyRecord)
      .update({ expiresAt: LessThan(now), responseSealed: Not(IsNull()) }, { responseSealed: null });
    return result.affected ?? 0;
  }

  private async replay<T>(operation: string, key: string, requestHash: string): Promise<IdempotentAnswer<T> | null> {
    const record = await this.dataSource.getRepository(IdempotencyRecord).findOneBy({ key });
    if (!record) return null;
    if (record.operation !== operation || record.requestHash !== requestHash) {
      throw new AppError('IDEMPOTENCY_KEY_REUSED', '这个请求编号已用于另一份内容，请重新提交');
    }
    if (record.responseSealed === null) {
      throw new AppError('CONFLICT', '这份内容一天前已经提交过了，请用回执码查看');
    }
    return {
      statusCode: record.statusCode,
      body: JSON.parse(this.cipher.open(record.responseSealed, CONTEXT)) as T,
      replayed: true,
    };
  }
}
