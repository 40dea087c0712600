import { DataSource } from 'typeorm';
import { LoginThrottle } from '../identity/login-throttle.entity';
import { startTestApp, type TestApp } from '../testing/test-app';
import { inTransaction } from './transactions';

const row = (key: string): LoginThrottle => ({ phoneKey: key, failures: 1, lockedUntil: null, updatedAt: new Date() });

describe('transactions under concurrent requests', () => {
  let t: TestApp;
  let dataSource: DataSource;

  beforeAll(async () => {
    t = await startTestApp({ regionRoot: null });
    dataSource = t.dataSource;
  });
  afterAll(() => t.close());

  const exists = async (key: string) =>
    (await dataSource.getRepository(LoginThrottle).findOneBy({ phoneKey: key })) !== null;

  it('keeps a write made beside a transaction that rolls back', async () => {
    const failing = inTransaction(dataSource, async (manager) => {
      await manager.getRepository(LoginThrottle).insert(row('inside'));
      await new Promise((resolve) => setTimeout(resolve, 50));
      throw new Error('something went wrong mid-way');
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    await dataSource.getRepository(LoginThrottle).insert(row('beside'));
    await expect(failing).rejects.toThrow('something went wrong mid-way');
    expect(await exists('inside')).toBe(false);
    expect(await exists('beside')).toBe(true);
  });

  it('runs concurrent transactions one after the other, each whole', async () => {
    const order: string[] = [];
    await Promise.all(
      ['a', 'b', 'c'].map((name) =>
        inTransaction(dataSource, async (manager) => {
          order.push(`${name}:start`);
          await manager.getRepository(LoginThrottle).insert(row(`tx-${name}`));
          await new Promise((resolve) => setTimeout(resolve, 20));
          order.push(`${name}:end`);
        }),
      ),
    );
    for (const name of ['a', 'b', 'c']) expect(await exists(`tx-${name}`)).toBe(true);
    if (dataSource.options.type === 'better-sqlite3') {
      expect(order).toEqual(['a:start', 'a:end', 'b:start', 'b:end', 'c:start', 'c:end']);
    }
  });

  it('retries a transaction MariaDB chose as a deadlock victim, so both callers succeed', async () => {
    if (dataSource.options.type === 'better-sqlite3') return; // one transaction at a time: no deadlock
    await dataSource.getRepository(LoginThrottle).insert([row('lock-1'), row('lock-2')]);
    let waiting = 0;
    let release!: () => void;
    const bothHoldOne = new Promise<void>((resolve) => (release = resolve));
    // Two transactions take the same two rows in opposite orders: one of them is the victim.
    const lockBoth = (first: string, second: string) => {
      let runs = 0;
      return inTransaction(dataSource, async (manager) => {
        runs += 1;
        await manager.query('UPDATE login_throttle SET failures = failures + 1 WHERE phone_key = ?', [first]);
        if (runs === 1 && ++waiting === 2) release();
        if (runs === 1) await bothHoldOne;
        await manager.query('UPDATE login_throttle SET failures = failures + 1 WHERE phone_key = ?', [second]);
        return runs;
      });
    };
    const runs = await Promise.all([lockBoth('lock-1', 'lock-2'), lockBoth('lock-2', 'lock-1')]);
    expect(runs.sort()).toEqual([1, 2]);
    const rows = await dataSource.getRepository(LoginThrottle).findBy([{ phoneKey: 'lock-1' }, { phoneKey: 'lock-2' }]);
    expect(rows.map((r) => r.failures)).toEqual([3, 3]);
  });
});
