import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
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
export type ClockHandler = (clocks: Clock[], manager: EntityManager, now: Date) => Promise<void | AfterCommit>;

/** Work a handler asks to run once its transaction has committed (slow work, other connections). */
export type AfterCommit = () => Promise<unknown>;

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
export class ClocksService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Clocks');
  private readonly handlers = new Map<string, ClockHandler>();
  /** This process, as written on the clocks it fires. */
  readonly instance = `${hostname()}:${process.pid}:${timeOrderedId().slice(0, 8)}`;

  constructor(
    private readonly clocks: ClocksRepository,
    private readonly dataSource: DataSource,
    @Inject(HULEI_CONFIG) private readonly config: HuleiConfig,
  ) {}

  private readonly recurring = new Map<string, number>();

  /**
   * A job run every `periodMs` by one instance: each period is a clock row with a fixed id, so two
   * instances cannot both run it, and a period that passed while every server was down runs on
   * start. The work runs after the clock's transaction commits; if it fails, the next period retries.
   */
  every(kind: string, periodMs: number, work: (now: Date) => Promise<unknown>): void {
    this.recurring.set(kind, periodMs);
    this.register(kind, async (_clocks, manager, now) => {
      await this.scheduleNextPeriod(manager, kind, periodMs, now);
      return () => work(now);
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.schedulers) await this.scheduleRecurring(new Date());
  }

  /** Makes sure each recurring job has its next period waiting (a no-op when it has). */
  async scheduleRecurring(now: Date): Promise<void> {
    await inTransaction(this.dataSource, async (manager) => {
      for (const [kind, periodMs] of this.recurring) await this.scheduleNextPeriod(manager, kind, periodMs, now);
    });
  }

  private async scheduleNextPeriod(manager: EntityManager, kind: string, periodMs: number, now: Date): Promise<void> {
    const period = Math.floor(now.getTime() / periodMs) + 1;
    await this.clocks.insertOnce(
      {
        id: `${kind}:${period}`,
        kind,
        subjectType: 'recurring',
        subjectId: kind,
        step: 'every',
        dueAt: new Date(period * periodMs),
        state: 'pending',
        attempts: 0,
        firedAt: null,
        firedBy: null,
        createdAt: now,
      },
      manager,
    );
  }

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
      const afterCommit: AfterCommit[] = [];
      const count = await inTransaction(this.dataSource, async (manager) => {
        const due = await this.clocks.claimDue(manager, now, BATCH);
        const done: string[] = [];
        const byKind = new Map<string, Clock[]>();
        for (const clock of due) byKind.set(clock.kind, [...(byKind.get(clock.kind) ?? []), clock]);
        for (const [kind, clocks] of byKind) {
          const batch = await this.attempt(manager, kind, clocks, now);
          if (batch.ok) {
            done.push(...clocks.map((c) => c.id));
            if (batch.after) afterCommit.push(batch.after);
            continue;
          }
          for (const clock of clocks) {
            const single = await this.attempt(manager, kind, [clock], now);
            if (!single.ok) {
              await this.retryLater(manager, clock, now);
              continue;
            }
            done.push(clock.id);
            if (single.after) afterCommit.push(single.after);
          }
        }
        await this.clocks.markFired(manager, done, new Date(), this.instance);
        return due.length;
      });
      for (const work of afterCommit) {
        await work().catch((error: Error) =>
          this.logger.error({ err: { name: error.name, stack: error.stack } }, 'work after a clock failed'),
        );
      }
      fired += count;
      if (count < BATCH) return fired;
    }
  }

  /** Runs a handler under a savepoint; not ok (and nothing written) when it throws. */
  private async attempt(
    manager: EntityManager,
    kind: string,
    clocks: Clock[],
    now: Date,
  ): Promise<{ ok: true; after?: AfterCommit } | { ok: false }> {
    const savepoint = `clocks_${clocks[0].id.replace(/[^A-Za-z0-9]/g, '')}`;
    await manager.query(`SAVEPOINT ${savepoint}`);
    try {
      const handler = this.handlers.get(kind);
      if (!handler) throw new Error(`no handler for clock kind "${kind}"`);
      const after = await handler(clocks, manager, now);
      await manager.query(`RELEASE SAVEPOINT ${savepoint}`);
      return { ok: true, after: after ?? undefined };
    } catch (error) {
      await manager.query(`ROLLBACK TO SAVEPOINT ${savepoint}`);
      if (clocks.length === 1) {
        const err = error as Error;
        this.logger.error({ clockId: clocks[0].id, kind, err: { name: err.name, stack: err.stack } }, 'clock failed');
      }
      return { ok: false };
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
