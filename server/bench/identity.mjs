// npm run bench:identity — cadre login with Argon2id (m = 19 MiB, t = 2, p = 1), and what the
// authentication and the jurisdiction filter cost a list route, measured apart:
// 1. POST /api/auth/login: open loop at 10 logins/s, p50/p95 (each login verifies one Argon2id hash).
// 2. Authentication: GET /api/health (public) beside GET /api/identity/me (token + session check).
// 3. The jurisdiction filter: the inbox page query of a county holding 100,000 requests, with the
//    scope equality and without any filter, run directly on MariaDB (p95 of 300 runs each).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import {
  closedLoop,
  DB_SERVER,
  dropDatabase,
  fillCounty,
  fmt,
  freePort,
  HELP_REQUEST_COLUMNS,
  openLoop,
  percentile,
  printTable,
  recreateDatabase,
  runNode,
  serverDir,
  startProcess,
  stopProcess,
} from './lib.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS || 10);
const dataDir = mkdtempSync(join(tmpdir(), 'hulei-bench-identity-'));
const cli = join(serverDir, 'dist/cli.js');

try {
  const url = await recreateDatabase(DB_SERVER, 'hulei_bench_identity');
  const env = {
    DATABASE_URL: url,
    HULEI_MODE: 'demo',
    HULEI_DATA_DIR: dataDir,
    HULEI_LOG_LEVEL: 'warn',
    HULEI_SCHEDULERS: 'off',
  };
  await runNode(cli, ['migrate'], env);
  await runNode(cli, ['seed'], env);
  const port = await freePort();
  const server = await startProcess({
    script: join(serverDir, 'dist/main.js'),
    env: { ...env, PORT: String(port), HULEI_TRUST_PROXY: '1' },
    port,
    readyPath: '/api/health',
  });

  // 1. Logins: different demo accounts and addresses, so no lockout or rate limit interferes.
  const phones = ['13800000001', '13800000002', '13800000003', '13800000004', '13800000005'];
  const login = await openLoop({
    port,
    rate: 10,
    seconds: SECONDS,
    method: 'POST',
    pathFor: () => '/api/auth/login',
    bodyFor: (i) => JSON.stringify({ phone: phones[i % phones.length], password: 'Hulei@2026' }),
    headersFor: () => ({
      'Content-Type': 'application/json',
      'X-Forwarded-For': `10.9.${randomBytes(1)[0]}.${randomBytes(1)[0]}`,
    }),
  });

  // 2. Authentication on every cadre request.
  const token = (
    await (
      await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ phone: '13800000004', password: 'Hulei@2026' }),
      })
    ).json()
  ).accessToken;
  await closedLoop({ port, clients: 20, seconds: 2, pathFor: () => '/api/health' });
  const open = await closedLoop({ port, clients: 20, seconds: SECONDS, pathFor: () => '/api/health' });
  const authed = await closedLoop({
    port,
    clients: 20,
    seconds: SECONDS,
    pathFor: () => '/api/identity/me',
    headers: { Authorization: `Bearer ${token}` },
  });
  await stopProcess(server);

  // 3. The scope filter on the inbox query, straight on the database.
  const connection = await createConnection({ uri: url, timezone: 'Z' });
  const [villages] = await connection.query("SELECT code FROM region WHERE level = 'village' AND code LIKE '431222%'");
  await fillCounty(
    (rows) => connection.query(`INSERT INTO help_request (${HELP_REQUEST_COLUMNS}) VALUES ?`, [rows]),
    villages.map((v) => v.code),
    100_000,
  );
  const time = async (sql, params) => {
    const samples = [];
    for (let i = 0; i < 300; i += 1) {
      const started = process.hrtime.bigint();
      await connection.query(sql, params);
      samples.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    return samples.sort((a, b) => a - b);
  };
  const page =
    'SELECT id, category, status, created_at FROM help_request %WHERE% ORDER BY created_at DESC, id DESC LIMIT 20';
  const scoped = await time(page.replace('%WHERE%', 'WHERE county_code = ?'), ['431222']);
  const unscoped = await time(page.replace('%WHERE%', ''), []);
  const village = await time(page.replace('%WHERE%', 'WHERE village_code = ?'), [villages[0].code]);
  await connection.end();

  printTable(
    'Cadre login, POST /api/auth/login at 10 logins/s (Argon2id m=19456 KiB, t=2, p=1)',
    ['logins', 'errors', 'p50 ms', 'p95 ms', 'p99 ms'],
    [[login.requests, login.errors, fmt(login.p50), fmt(login.p95), fmt(login.p99)]],
  );
  printTable(
    'What authentication costs a request (20 clients, server on one core)',
    ['route', 'req/s', 'p50 ms', 'p95 ms'],
    [
      ['GET /api/health (public, one SELECT 1)', fmt(open.rps, 0), fmt(open.p50), fmt(open.p95)],
      [
        'GET /api/identity/me (token, session and account check, one read)',
        fmt(authed.rps, 0),
        fmt(authed.p50),
        fmt(authed.p95),
      ],
    ],
  );
  printTable(
    'The jurisdiction filter on the inbox page query, 100,000 requests in the county (MariaDB, 300 runs)',
    ['query', 'p50 ms', 'p95 ms'],
    [
      [
        'no filter (what a leak would cost nothing to run)',
        fmt(percentile(unscoped, 50), 2),
        fmt(percentile(unscoped, 95), 2),
      ],
      ['county_code = ? (a county cadre)', fmt(percentile(scoped, 50), 2), fmt(percentile(scoped, 95), 2)],
      ['village_code = ? (a village chair)', fmt(percentile(village, 50), 2), fmt(percentile(village, 95), 2)],
    ],
  );
  await dropDatabase(DB_SERVER, 'hulei_bench_identity');
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
