import { Injectable } from '@nestjs/common';
import { DataSource, In, LessThanOrEqual, type EntityManager } from 'typeorm';
import { whereInScope, type JurisdictionScope } from '../common/jurisdiction/scope';
import { isSqlite } from '../database/data-source';
import { NotificationSubscription } from './notification-subscription.entity';
import { Notification, type NotificationState } from './notification.entity';

@Injectable()
export class NotificationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(notifications: Notification[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (notifications.length === 0) return;
    await manager.createQueryBuilder().insert().into(Notification).values(notifications).execute();
  }

  /** Due notifications (pending, or a send whose lease ran out), locked, skipping rows others hold. */
  claimDue(manager: EntityManager, now: Date, limit: number): Promise<Notification[]> {
    const query = manager
      .getRepository(Notification)
      .createQueryBuilder('n')
      .where('n.state IN (:...states)', { states: ['pending', 'sending'] })
      .andWhere('n.next_attempt_at <= :now', { now })
      .orderBy('n.next_attempt_at', 'ASC')
      .limit(limit);
    if (!isSqlite(this.dataSource)) query.setLock('pessimistic_write').setOnLocked('skip_locked');
    return query.getMany();
  }

  async lease(manager: EntityManager, ids: string[], until: Date): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(Notification)
      .set({ state: 'sending', nextAttemptAt: until, attempts: () => 'attempts + 1' })
      .where({ id: In(ids) })
      .execute();
  }

  async settle(
    id: string,
    changes: {
      state: NotificationState;
      channel?: Notification['channel'];
      nextAttemptAt?: Date;
      lastError?: string | null;
      sentAt?: Date | null;
    },
  ): Promise<void> {
    await this.dataSource.getRepository(Notification).update({ id, state: 'sending' }, changes);
  }

  findPageForAccount(accountId: string, page: number, pageSize: number): Promise<[Notification[], number]> {
    return this.dataSource.getRepository(Notification).findAndCount({
      where: { accountId },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
  }

  /** Deliveries that failed for accounts in the scope (the level above keeps an eye on them). */
  findFailedInScope(scope: JurisdictionScope, limit: number): Promise<Notification[]> {
    const query = this.dataSource.getRepository(Notification).createQueryBuilder('n');
    whereInScope(query, 'n', scope);
    return query
      .andWhere('n.state IN (:...states)', { states: ['failed', 'undeliverable'] })
      .orderBy('n.created_at', 'DESC')
      .limit(limit)
      .getMany();
  }

  countDue(now: Date): Promise<number> {
    return this.dataSource.getRepository(Notification).countBy({
      state: In(['pending', 'sending']),
      nextAttemptAt: LessThanOrEqual(now),
    });
  }

  findSubscription(accountId: string): Promise<NotificationSubscription | null> {
    return this.dataSource.getRepository(NotificationSubscription).findOneBy({ accountId });
  }

  async saveSubscription(subscription: NotificationSubscription): Promise<void> {
    await this.dataSource.getRepository(NotificationSubscription).upsert(subscription, ['accountId']);
  }

  /** Uses one one-time subscription; false when none was left (someone used the last one). */
  async useOneTime(accountId: string): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(NotificationSubscription)
      .set({ oneTimeRemaining: () => 'one_time_remaining - 1' })
      .where('account_id = :accountId AND one_time_remaining > 0', { accountId })
      .execute();
    return result.affected === 1;
  }
}
