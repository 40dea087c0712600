import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, LessThan } from 'typeorm';
import { Account } from './account.entity';
import { LoginThrottle } from './login-throttle.entity';
import { Session } from './session.entity';

export interface SessionWithAccount {
  session: Session;
  account: Account;
}

@Injectable()
export class SessionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(session: Session): Promise<void> {
    await this.dataSource.getRepository(Session).insert(session);
  }

  /** The session and its account (two primary-key reads): this runs on every authenticated request. */
  async findWithAccount(sessionId: string): Promise<SessionWithAccount | null> {
    const session = await this.dataSource.getRepository(Session).findOneBy({ id: sessionId });
    if (!session) return null;
    const account = await this.dataSource.getRepository(Account).findOneBy({ id: session.accountId });
    return account ? { session, account } : null;
  }

  findByRefreshHash(hash: string): Promise<Session | null> {
    return this.dataSource.getRepository(Session).findOneBy({ refreshTokenHash: hash });
  }

  findByPreviousRefreshHash(hash: string): Promise<Session | null> {
    return this.dataSource.getRepository(Session).findOneBy({ previousRefreshHash: hash });
  }

  /** Swaps the refresh token only if it is still the one presented (two refreshes cannot both win). */
  async rotateRefresh(sessionId: string, presentedHash: string, nextHash: string, at: Date): Promise<boolean> {
    const result = await this.dataSource
      .getRepository(Session)
      .update(
        { id: sessionId, refreshTokenHash: presentedHash, revokedAt: IsNull() },
        { refreshTokenHash: nextHash, previousRefreshHash: presentedHash, lastSeenAt: at },
      );
    return result.affected === 1;
  }

  async touch(sessionId: string, at: Date): Promise<void> {
    await this.dataSource.getRepository(Session).update({ id: sessionId }, { lastSeenAt: at });
  }

  async update(sessionId: string, changes: Partial<Omit<Session, 'id'>>): Promise<void> {
    await this.dataSource.getRepository(Session).update({ id: sessionId }, changes);
  }

  async revoke(sessionId: string, reason: string, at: Date): Promise<void> {
    await this.dataSource
      .getRepository(Session)
      .update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: at, revokeReason: reason });
  }

  async revokeAllOf(accountId: string, reason: string, at: Date): Promise<void> {
    await this.dataSource
      .getRepository(Session)
      .update({ accountId, revokedAt: IsNull() }, { revokedAt: at, revokeReason: reason });
  }

  findThrottle(phoneKey: string): Promise<LoginThrottle | null> {
    return this.dataSource.getRepository(LoginThrottle).findOneBy({ phoneKey });
  }

  async saveThrottle(throttle: LoginThrottle): Promise<void> {
    await this.dataSource.getRepository(LoginThrottle).upsert(throttle, ['phoneKey']);
  }

  /**
   * Counts a login attempt before its password is checked, in one statement: concurrent attempts
   * each get their own number, and the one that reaches `lockAfter` locks the phone (until
   * `lockUntil`) there and then. A locked phone is not counted: `lockedUntil` says until when.
   */
  async claimLoginAttempt(
    phoneKey: string,
    now: Date,
    lockAfter: number,
    lockUntil: Date,
  ): Promise<{ failures: number } | { lockedUntil: Date }> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(LoginThrottle)
      .values({ phoneKey, failures: 0, lockedUntil: null, updatedAt: now })
      .orIgnore()
      .execute();
    const claimed = await this.dataSource
      .createQueryBuilder()
      .update(LoginThrottle)
      // locked_until first: MySQL assigns left to right, SQLite from the old row; both see the old count.
      .set({
        lockedUntil: () => 'CASE WHEN failures + 1 >= :lockAfter THEN :lockUntil ELSE locked_until END',
        failures: () => 'failures + 1',
        updatedAt: now,
      })
      .where('phone_key = :phoneKey AND (locked_until IS NULL OR locked_until <= :now)')
      .setParameters({ phoneKey, now, lockAfter, lockUntil })
      .execute();
    const row = await this.dataSource.getRepository(LoginThrottle).findOneByOrFail({ phoneKey });
    return claimed.affected ? { failures: row.failures } : { lockedUntil: row.lockedUntil! };
  }

  /** Keeps a phone locked until `until`, unless it already is for longer. */
  async lockLogin(phoneKey: string, until: Date): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .update(LoginThrottle)
      .set({ lockedUntil: until })
      .where('phone_key = :phoneKey AND (locked_until IS NULL OR locked_until < :until)', { phoneKey, until })
      .execute();
  }

  async clearThrottle(phoneKey: string): Promise<void> {
    await this.dataSource.getRepository(LoginThrottle).delete({ phoneKey });
  }

  /** Housekeeping: throttles untouched for a day say nothing useful. */
  async deleteStaleThrottles(before: Date): Promise<void> {
    await this.dataSource.getRepository(LoginThrottle).delete({ updatedAt: LessThan(before) });
  }
}
