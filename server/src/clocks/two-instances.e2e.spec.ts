import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { regionPathOf } from '../common/jurisdiction/region-path';
import { HelpRequestEvent } from '../help-requests/help-request-event.entity';
import { HelpRequest } from '../help-requests/help-request.entity';
import { startTestApp, type TestApp } from '../testing/test-app';
import { Clock } from './clock.entity';
import { ClocksService } from './clocks.service';

const MAIN = join(__dirname, '../../dist/main.js');
const CLOCKS = 1000;

/** Two real server processes on one MariaDB: SKIP LOCKED must share the work, never double it. */
describe('two server instances firing one set of clocks', () => {
  let t: TestApp;
  const servers: ChildProcess[] = [];

  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error('build the server first: pnpm --filter @hulei/server build');
    t = await startTestApp({ demoAccounts: true, database: 'mariadb' });
  });
  afterAll(async () => {
    for (const server of servers) if (server.exitCode === null) server.kill('SIGKILL');
    await t.close();
  });

  it(`fires each of ${CLOCKS} due clocks exactly once`, async () => {
    const now = new Date();
    const requests: HelpRequest[] = Array.from({ length: CLOCKS }, (_, i) => ({
      id: randomUUID(),
      receiptHash: randomBytes(24).toString('base64url'),
      category: 'bullying',
      urgency: 'urgent',
      requesterRole: 'child',
      status: 'submitted',
      origin: 'public',
      regionCode: '431222114200',
      path: regionPathOf('431222114200'),
      handlingLevel: 'village',
      handlingRegionCode: '431222114200',
      descriptionSealed: null,
      contactPhoneSealed: null,
      marketEventId: null,
      dueAt: new Date(now.getTime() - 1000 - i),
      createdAt: now,
      updatedAt: now,
      acknowledgedAt: null,
      acknowledgedBy: null,
      policeReportedAt: null,
      policeReportOverdueAt: null,
      closureReasonSealed: null,
      closureRequestedAt: null,
      resolvedAt: null,
      closedAt: null,
      purgedAt: null,
    }));
    for (let i = 0; i < requests.length; i += 100) {
      await t.dataSource.getRepository(HelpRequest).insert(requests.slice(i, i + 100));
    }
    await t.app.get(ClocksService).schedule(
      t.dataSource.manager,
      requests.map((r) => ({
        kind: 'help_ack',
        subjectType: 'help_request',
        subjectId: r.id,
        step: 'village',
        dueAt: r.dueAt!,
      })),
    );

    const database = t.config.database as { url: string };
    for (let i = 0; i < 2; i += 1) {
      const server = spawn(process.execPath, [MAIN], {
        env: {
          ...process.env,
          DATABASE_URL: database.url,
          HULEI_MODE: 'demo',
          HULEI_DATA_DIR: t.config.dataDir,
          PORT: '0',
          HULEI_POLL_MS: '20',
          HULEI_LOG_LEVEL: 'warn',
        },
        stdio: 'ignore',
      });
      servers.push(server);
    }
    const pending = () =>
      t.dataSource.getRepository(Clock).countBy({ kind: 'help_ack', step: 'village', state: 'pending' });
    const deadline = Date.now() + 90_000;
    while ((await pending()) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    for (const server of servers) {
      server.kill('SIGTERM');
      await once(server, 'exit');
    }

    expect(await pending()).toBe(0);
    const fired = await t.dataSource.getRepository(Clock).findBy({ kind: 'help_ack', step: 'village' });
    expect(fired.every((c) => c.state === 'fired')).toBe(true);
    const escalations: Array<{ help_request_id: string; n: number | string }> = await t.dataSource.query(
      "SELECT help_request_id, COUNT(*) AS n FROM help_request_event WHERE kind = 'escalated' GROUP BY help_request_id",
    );
    expect(escalations).toHaveLength(CLOCKS);
    expect(escalations.every((row) => Number(row.n) === 1)).toBe(true);
    const atTown = await t.dataSource.getRepository(HelpRequest).countBy({ handlingLevel: 'town' });
    expect(atTown).toBe(CLOCKS);
    expect(await t.dataSource.getRepository(HelpRequestEvent).countBy({ kind: 'escalated' })).toBe(CLOCKS);
    const byInstance = new Map<string, number>();
    for (const clock of fired) byInstance.set(clock.firedBy!, (byInstance.get(clock.firedBy!) ?? 0) + 1);
    // Reported, not asserted: how the two instances shared the work this time.
    process.stderr.write(`clocks fired per instance: ${JSON.stringify(Object.fromEntries(byInstance))}\n`);
    expect([...byInstance.values()].reduce((a, b) => a + b, 0)).toBe(CLOCKS);
  });
});
