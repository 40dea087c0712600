import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { isSqlite } from '../database/data-source';
import { Clock } from './clock.entity';

@Injectable()
export class ClocksRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(clocks: Clock[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (clocks.length === 0) return;
    await manager.createQueryBuilder().insert().into(Clock).values(clocks).execute();
  }

  /** Inserts a clock unless one with its id exists (recurring periods have fixed ids). */
  async insertOnce(clock: Clock, manager: EntityManager): Promise<void> {
    await manager.createQueryBuilder().insert().into(Clock).values(clock).orIgnore().execute();
  }

  /**
   * Due clocks, locked for this transaction; rows another instance holds are skipped rather than
   * waited for. SQLite has no row locks (and serves one instance): there the gate serialises.
   */
  claimDue(manager: EntityManager, now: Date, limit: number): Promise<Clock[]> {
    const query = manager
      .getRepository(Clock)
      .createQueryBuilder('c')
      .where('c.state = :state', { state: 'pending' })
      .andWhere('c.due_at <= :now', { now })
      .orderBy('c.due_at', 'ASC')
      .limit(limit);
    if (!isSqlite(this.dataSource)) query.setLock('pessimistic_write').setOnLocked('skip_locked');
    return query.getMany();
  }

  async markFired(manager: EntityManager, ids: string[], at: Date, instance: string): Promise<void> {
    if (ids.length === 0) return;
    await manager
      .createQueryBuilder()
      .update(Clock)
      .set({ state: 'fired', firedAt: at, firedBy: instance })
      .where({ id: In(ids), state: 'pending' })
      .execute();
  }

  async retryLater(manager: EntityManager, clock: Clock, dueAt: Date, giveUp: boolean): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(Clock)
      .set({ attempts: clock.attempts + 1, dueAt, state: giveUp ? 'failed' : 'pending' })
      .where({ id: clock.id })
      .execute();
  }

  async cancel(manager: EntityManager, subjectType: string, subjectId: string, kinds: string[]): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(Clock)
      .set({ state: 'cancelled' })
      .where({ subjectType, subjectId, state: 'pending', kind: In(kinds) })
      .execute();
  }

  findForSubject(subjectType: string, subjectId: string): Promise<Clock[]> {
    return this.dataSource.getRepository(Clock).find({ where: { subjectType, subjectId }, order: { dueAt: 'ASC' } });
  }
}
