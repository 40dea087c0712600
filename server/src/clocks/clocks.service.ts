import { Inject, Injectable, Logger } from '@nestjs/common';
import { hostname } from 'node:os';
import { DataSource, type EntityManager } from 'typeorm';
import { HULEI_CONFIG, type HuleiConfig } from '../common/config/config';
import { timeOrderedId } from '../common/ids';
import { inTransaction } from '../database/transactions';
import type { Clock } from './clock.entity';
import { ClocksRepository } from './clocks.repository';

/**
 * What fires clocks of one kind: writes their effects (events, notifications, new clocks) with
 * `manager`. It receives every due clock of its kind in the batch at once, so it can read and
 * write in a few set-based statements instead of several round trips per clock.
 */
export type ClockHandler = (clocks: Clock[], manager: EntityManager, now: Date) => Promise<void>;

export interface ClockRequest {
  kind: string;
  subjectType: string;
  subjectId: string;
  step: string;
  dueAt: Date;
}

const BATCH = 200;
const MAX_ATTEMPTS = 5;

/**
 * Durable deadlines. A capability schedules clocks inside its own transaction and registers a
 * handler per kind; `fireDue` claims due clocks, runs their handlers and marks them fired in one
 * transaction, so a clock's effects happen exactly once even with several instances or a crash.
 */
@Injectable()
export class ClocksService {
  private readonly logger = new Logger('Clocks');
  private readonly handlers = new Map<string, ClockHandler>();
  /** This process, as written on the clocks it fires. */
  readonly instance = `${hostname()}:${process.pid}:${timeOrderedId().slice(0, 8)}`;

  constructor(
    private readonly clocks: ClocksRepository,
    private readonly dataSource: DataSource,
    @Inject(HULEI_CONFIG) private readonly config: HuleiConfig,
  ) {}

  register(kind: string, handler: ClockHandler): void {
    if (this.handlers.has(kind)) throw new Error(`a handler for clock kind "${kind}" is already registered`);
    this.handlers.set(kind, handler);
  }

  async schedule(manager: EntityManager, requests: ClockRequest[]): Promise<void> {
    const now = new Date();
    await this.clocks.insert(
      requests.map((r) => ({
        ...r,
        id: timeOrderedId(),
        state: 'pending',
        attempts: 0,
        firedAt: null,
        firedBy: null,
        createdAt: now,
      })),
      manager,
    );
  }

  cancel(manager: EntityManager, subjectType: string, subjectId: string, kinds: string[]): Promise<void> {
    return this.clocks.cancel(manager, subjectType, subjectId, kinds);
  }

  forSubject(subjectType: string, subjectId: string): Promise<Clock[]> {
    return this.clocks.findForSubject(subjectType, subjectId);
  }

  /**
   * Fires the clocks due at `now`, one batch per transaction, until none is left. Each kind's
   * clocks run under a savepoint; if that fails, its clocks run one by one, so one bad clock is
   * retried later without holding back the others.
   */
  async fireDue(now: Date = new Date()): Promise<number> {
    let fired = 0;
    for (;;) {
      const count = await inTransaction(this.dataSource, async (manager) => {
        const due = await this.clocks.claimDue(manager, now, BATCH);
        const done: string[] = [];
        const byKind = new Map<string, Clock[]>();
        for (const clock of due) byKind.set(clock.kind, [...(byKind.get(clock.kind) ?? []), clock]);
        for (const [kind, clocks] of byKind) {
          if (await this.attempt(manager, kind, clocks, now)) {
            done.push(...clocks.map((c) => c.id));
            continue;
          }
          for (const clock of clocks) {
            if (await this.attempt(manager, kind, [clock], now)) done.push(clock.id);
            else await this.retryLater(manager, clock, now);
          }
        }
        await this.clocks.markFired(manager, done, new Date(), this.instance);
        return due.length;
      });
      fired += count;
      if (count < BATCH) return fired;
    }
  }

  /** Runs a handler under a savepoint; false (and nothing written) when it throws. */
  private async attempt(manager: EntityManager, kind: string, clocks: Clock[], now: Date): Promise<boolean> {
    const savepoint = `clocks_${clocks[0].id.replace(/-/g, '')}`;
    await manager.query(`SAVEPOINT ${savepoint}`);
    try {
      const handler = this.handlers.get(kind);
      if (!handler) throw new Error(`no handler for clock kind "${kind}"`);
      await handler(clocks, manager, now);
      await manager.query(`RELEASE SAVEPOINT ${savepoint}`);
      return true;
    } catch (error) {
      await manager.query(`ROLLBACK TO SAVEPOINT ${savepoint}`);
      if (clocks.length === 1) {
        const err = error as Error;
        this.logger.error({ clockId: clocks[0].id, kind, err: { name: err.name, stack: err.stack } }, 'clock failed');
      }
      return false;
    }
  }

  private async retryLater(manager: EntityManager, clock: Clock, now: Date): Promise<void> {
    const giveUp = clock.attempts + 1 >= MAX_ATTEMPTS;
    await this.clocks.retryLater(manager, clock, new Date(now.getTime() + 60_000 * (clock.attempts + 1)), giveUp);
  }

  get pollMs(): number {
    return this.config.pollMs;
  }
}
