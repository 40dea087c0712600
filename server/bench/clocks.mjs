// npm run bench:clocks — clocks on MariaDB with two server instances: lateness of firing (p99 of
// fired_at − due_at, target ≤ 2 s) with 100,000 clocks pending, and throughput draining a burst,
// beside a floor (bare mysql2 SKIP LOCKED claim loops, no handlers) in the same run.
// Env: TEST_DATABASE_URL (MariaDB server), BENCH_PENDING (100000), BENCH_STEADY (10000 due over
// BENCH_SPREAD_S seconds, default 60), BENCH_BURST (20000).
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { createConnection } from 'mysql2/promise';
import {
  DB_SERVER,
  dropDatabase,
  fmt,
  percentile,
  printTable,
  recreateDatabase,
  runNode,
  serverDir,
  stopProcess,
} from './lib.mjs';

const PENDING = Number(process.env.BENCH_PENDING || 100_000);
const STEADY = Number(process.env.BENCH_STEADY || 10_000);
const SPREAD_S = Number(process.env.BENCH_SPREAD_S || 60);
const BURST = Number(process.env.BENCH_BURST || 20_000);
const dataDir = mkdtempSync(join(tmpdir(), 'hulei-bench-clocks-'));
const cli = join(serverDir, 'dist/cli.js');
const village = '431222114200';

async function prepare(name) {
  const url = await recreateDatabase(DB_SERVER, name);
  const env = { DATABASE_URL: url, HULEI_MODE: 'demo', HULEI_DATA_DIR: dataDir };
  await runNode(cli, ['migrate'], env);
  await runNode(cli, ['seed'], env);
  const connection = await createConnection({ uri: url, timezone: 'Z' });
  return { url, env, connection };
}

/** Help requests waiting at the village, each with an acknowledgement clock due at `dueAt(i)`. */
async function addRequests(connection, count, dueAt) {
  const now = new Date();
  for (let start = 0; start < count; start += 2000) {
    const requests = [];
    const clocks = [];
    for (let i = start; i < Math.min(count, start + 2000); i += 1) {
      const id = randomUUID();
      const due = dueAt(i);
      requests.push([
        id,
        randomBytes(24).toString('base64url'),
        'bullying',
        'urgent',
        'child',
        'submitted',
        'public',
        village,
        '43',
        '4312',
        '431222',
        '431222114',
        village,
        'village',
        village,
        due,
        now,
        now,
      ]);
      clocks.push([randomUUID(), 'help_ack', 'help_request', id, 'village', due, 'pending', 0, now]);
    }
    await connection.query(
      'INSERT INTO help_request (id, receipt_hash, category, urgency, requester_role, status, origin, region_code, province_code, city_code, county_code, town_code, village_code, handling_level, handling_region_code, due_at, created_at, updated_at) VALUES ?',
      [requests],
    );
    await connection.query(
      'INSERT INTO clock (id, kind, subject_type, subject_id, step, due_at, state, attempts, created_at) VALUES ?',
      [clocks],
    );
  }
}

function startServers(env, count) {
  return Array.from({ length: count }, (_, i) =>
    spawn('taskset', ['-c', String(i % 2), process.execPath, join(serverDir, 'dist/main.js')], {
      env: { ...process.env, ...env, PORT: '0', HULEI_POLL_MS: '50', HULEI_LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'inherit'],
    }),
  );
}

async function waitFired(connection, where, expected, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [[row]] = await connection.query(`SELECT COUNT(*) AS n FROM clock WHERE state = 'fired' AND ${where}`);
    if (Number(row.n) >= expected || Date.now() > deadline) return Number(row.n);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function lateness(connection, where) {
  const [rows] = await connection.query(
    `SELECT TIMESTAMPDIFF(MICROSECOND, due_at, fired_at) / 1000 AS ms FROM clock WHERE state = 'fired' AND ${where}`,
  );
  const values = rows.map((r) => Number(r.ms)).sort((a, b) => a - b);
  return { p50: percentile(values, 50), p95: percentile(values, 95), p99: percentile(values, 99), max: values.at(-1) };
}

async function burst(runner) {
  const { connection } = runner;
  await connection.query("UPDATE clock SET state = 'cancelled' WHERE state = 'pending'");
  const due = new Date(Date.now() - 1000);
  await addRequests(connection, BURST, () => due);
  const started = Date.now();
  const fired = await waitFired(
    connection,
    `due_at = '${due.toISOString().slice(0, 23).replace('T', ' ')}'`,
    BURST,
    300_000,
  );
  return { fired, seconds: (Date.now() - started) / 1000 };
}

try {
  console.log(`bench:clocks — MariaDB, two instances (one core each), ${PENDING.toLocaleString()} pending clocks`);
  const ours = await prepare('hulei_bench_clocks');
  const floor = await prepare('hulei_bench_clocks_floor');
  const horizon = Date.now() + 24 * 60 * 60 * 1000;
  for (const runner of [ours, floor])
    await addRequests(runner.connection, PENDING - STEADY, (i) => new Date(horizon + i * 1000));
  const steadyStart = Date.now() + 15_000;
  const steadyDue = (i) => new Date(steadyStart + (i / STEADY) * SPREAD_S * 1000);
  for (const runner of [ours, floor]) await addRequests(runner.connection, STEADY, steadyDue);
  const steadyWhere = `due_at >= '${new Date(steadyStart - 1).toISOString().slice(0, 23).replace('T', ' ')}' AND due_at < '${new Date(horizon - 1).toISOString().slice(0, 23).replace('T', ' ')}'`;

  // Ours and the floor run at the same time, so they see the same machine.
  const servers = startServers(ours.env, 2);
  const floorLoops = [0, 1].map(() =>
    spawn(
      process.execPath,
      [join(serverDir, 'bench/floor-clocks.mjs'), floor.url, String(SPREAD_S * 1000 + 15_000 + 600_000)],
      { stdio: 'inherit' },
    ),
  );
  await new Promise((r) => setTimeout(r, steadyStart - Date.now() + SPREAD_S * 1000));
  await waitFired(ours.connection, steadyWhere, STEADY, 60_000);
  await waitFired(floor.connection, steadyWhere, STEADY, 60_000);
  const oursLate = await lateness(ours.connection, steadyWhere);
  const floorLate = await lateness(floor.connection, steadyWhere);
  printTable(
    `Lateness (fired_at − due_at) of ${STEADY.toLocaleString()} clocks due over ${SPREAD_S} s, ${PENDING.toLocaleString()} pending (target p99 ≤ 2000 ms)`,
    ['runner', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms'],
    [
      [
        'floor: bare SKIP LOCKED loops ×2',
        fmt(floorLate.p50),
        fmt(floorLate.p95),
        fmt(floorLate.p99),
        fmt(floorLate.max),
      ],
      [
        '护蕾: two server instances (escalation handler)',
        fmt(oursLate.p50),
        fmt(oursLate.p95),
        fmt(oursLate.p99),
        fmt(oursLate.max),
      ],
    ],
  );

  const oursBurst = await burst(ours);
  const floorBurst = await burst(floor);
  for (const child of [...servers, ...floorLoops]) await stopProcess(child);
  const [byInstance] = await ours.connection.query(
    "SELECT fired_by, COUNT(*) AS n FROM clock WHERE state = 'fired' GROUP BY fired_by",
  );
  printTable(
    `Throughput draining a burst of ${BURST.toLocaleString()} due clocks`,
    ['runner', 'fired', 'seconds', 'clocks/s', 'ratio'],
    [
      [
        'floor: bare SKIP LOCKED loops ×2',
        floorBurst.fired,
        fmt(floorBurst.seconds),
        fmt(floorBurst.fired / floorBurst.seconds, 0),
        '1.00',
      ],
      [
        '护蕾: two server instances',
        oursBurst.fired,
        fmt(oursBurst.seconds),
        fmt(oursBurst.fired / oursBurst.seconds, 0),
        fmt(oursBurst.fired / oursBurst.seconds / (floorBurst.fired / floorBurst.seconds), 2),
      ],
    ],
  );
  console.log(`fired per instance: ${byInstance.map((r) => `${r.fired_by}=${r.n}`).join(', ')}`);
  const [[dupes]] = await ours.connection.query(
    "SELECT COUNT(*) AS n FROM (SELECT help_request_id FROM help_request_event WHERE kind = 'escalated' GROUP BY help_request_id HAVING COUNT(*) > 1) d",
  );
  console.log(`requests escalated more than once: ${dupes.n}`);
  for (const runner of [ours, floor]) await runner.connection.end();
  await dropDatabase(DB_SERVER, 'hulei_bench_clocks');
  await dropDatabase(DB_SERVER, 'hulei_bench_clocks_floor');
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
