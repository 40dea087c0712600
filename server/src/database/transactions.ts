import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel';

/**
 * better-sqlite3 gives TypeORM one connection shared by every request. Left alone, a query from
 * another request can run inside an open transaction, and be rolled back with it. The gate lets
 * one transaction run at a time and holds every other query until it ends; queries of the
 * transaction itself (known through AsyncLocalStorage) pass.
 */
class SqliteGate {
  private tail: Promise<void> = Promise.resolve();
  private busy = false;
  private idleWaiters: Array<() => void> = [];
  readonly holder = new AsyncLocalStorage<SqliteGate>();

  async acquire(): Promise<() => void> {
    let release!: () => void;
    const previous = this.tail;
    this.tail = new Promise<void>((resolve) => (release = resolve));
    await previous;
    this.busy = true;
    return () => {
      this.busy = false;
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const wake of waiters) wake();
      release();
    };
  }

  /** Resolves when no transaction is open, unless the caller is that transaction. */
  async passage(): Promise<void> {
    while (this.busy && this.holder.getStore() !== this) {
      await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    }
  }
}

const gates = new WeakMap<DataSource, SqliteGate>();

/** Installs the gate on a better-sqlite3 DataSource; call once after initialize(). */
export function installSqliteGate(dataSource: DataSource): void {
  if (dataSource.options.type !== 'better-sqlite3' || gates.has(dataSource)) return;
  const gate = new SqliteGate();
  gates.set(dataSource, gate);
  const runner = dataSource.driver.createQueryRunner('master');
  const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
  (runner as { query: (...args: unknown[]) => Promise<unknown> }).query = async (...args: unknown[]) => {
    await gate.passage();
    return query(...args);
  };
}

const DEADLOCK_ATTEMPTS = 3;

function isDeadlock(error: unknown): boolean {
  const driverError = (error as { driverError?: { errno?: number; code?: string } }).driverError;
  return driverError?.errno === 1213 || driverError?.code === 'ER_LOCK_DEADLOCK';
}

/**
 * Runs `work` in one transaction. On MySQL/MariaDB a pooled connection of its own (READ
 * COMMITTED unless told otherwise); on SQLite, alone behind the gate. Nested calls join the
 * outer transaction. A transaction MariaDB rolled back to break a deadlock (a cadre's 受理 against
 * a clock firing on the same request) runs again, as the server asks: `work` must touch nothing
 * but the database.
 */
export async function inTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
  isolation: IsolationLevel = 'READ COMMITTED',
): Promise<T> {
  const gate = gates.get(dataSource);
  if (!gate) {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await dataSource.transaction(isolation, work);
      } catch (error) {
        if (!isDeadlock(error) || attempt >= DEADLOCK_ATTEMPTS) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
      }
    }
  }
  if (gate.holder.getStore() === gate) return work(dataSource.manager);
  const release = await gate.acquire();
  try {
    return await gate.holder.run(gate, () => dataSource.transaction(work));
  } finally {
    release();
  }
}
