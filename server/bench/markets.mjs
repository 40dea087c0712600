// npm run bench:markets — a market day is a burst: 200 phones open the event's landing,
// read a lesson and take a quiz at once. Each read is measured against a bare Node http server that
// answers the same JSON from memory, in the same run; quiz submissions are measured in requests/s.
// Needs `pnpm --filter @hulei/server build`. Env: BENCH_SECONDS (per target, default 10),
// BENCH_CLIENTS (default 200), BENCH_DB=mariadb (with TEST_DATABASE_URL) for MariaDB instead of SQLite.
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  closedLoop,
  DB_SERVER,
  dropDatabase,
  fmt,
  freePort,
  printTable,
  recreateDatabase,
  runNode,
  serverDir,
  startProcess,
  stopProcess,
} from './lib.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS || 10);
const CLIENTS = Number(process.env.BENCH_CLIENTS || 200);
const useMariadb = process.env.BENCH_DB === 'mariadb';
const cli = join(serverDir, 'dist/cli.js');
const main = join(serverDir, 'dist/main.js');
const dataDir = mkdtempSync(join(tmpdir(), 'hulei-bench-markets-'));

function request(port, method, path, { body, token } = {}) {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const headers = { 'Content-Type': 'application/json' };
    if (token) headers.Authorization = `Bearer ${token}`;
    const req = http.request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => {
        if (res.statusCode >= 300) reject(new Error(`${method} ${path}: ${res.statusCode} ${text}`));
        else resolve(text ? JSON.parse(text) : undefined);
      });
    });
    req.on('error', reject);
    req.end(payload);
  });
}

/** Starts `count` quizzes from the event, `concurrency` at a time; returns their attempt ids. */
async function startAttempts(port, eventId, count, concurrency = 50) {
  const ids = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        next += 1;
        const drawn = await request(port, 'POST', '/api/quizzes/attempts', {
          body: { audience: 'child_9_12', marketEventId: eventId },
        });
        ids.push(drawn.attemptId);
      }
    }),
  );
  return ids;
}

function weappSizes() {
  const dist = join(serverDir, '../miniapp/dist/weapp');
  if (!existsSync(join(dist, 'app.json'))) return null;
  const size = (path) =>
    statSync(path).isDirectory()
      ? readdirSync(path).reduce((sum, name) => sum + size(join(path, name)), 0)
      : statSync(path).size;
  const packages = Object.fromEntries(
    readdirSync(join(dist, 'packages')).map((name) => [name, size(join(dist, 'packages', name))]),
  );
  const total = size(dist) - size(join(dist, 'project.config.json'));
  const subTotal = Object.values(packages).reduce((a, b) => a + b, 0);
  return { main: total - subTotal, packages };
}

const env = { HULEI_MODE: 'demo', HULEI_DATA_DIR: dataDir, HULEI_LOG_LEVEL: 'warn' };
let child;
let floor;
try {
  if (useMariadb) env.DATABASE_URL = await recreateDatabase(DB_SERVER, 'hulei_bench_markets');
  else env.DATABASE_URL = '';
  await runNode(cli, ['migrate'], env);
  await runNode(cli, ['seed'], env);

  const port = await freePort();
  child = await startProcess({ script: main, env: { ...env, PORT: String(port) }, port, readyPath: '/api/health' });
  const login = await request(port, 'POST', '/api/auth/login', {
    body: { phone: '13800000003', password: 'Hulei@2026' },
  });
  const event = await request(port, 'POST', '/api/cadre/market-events', {
    token: login.accessToken,
    body: { marketName: '官庄集', townCode: '431222114', date: '2026-06-06', startTime: '08:00', endTime: '12:00' },
  });
  const landingPath = `/api/markets/events/${event.code}`;
  const landing = await request(port, 'GET', landingPath);
  const lessonPath = `/api/content/${landing.lessons[0].id}`;
  const lesson = await request(port, 'GET', lessonPath);
  const quizBody = JSON.stringify({ audience: 'child_9_12', marketEventId: event.id });
  const quiz = await request(port, 'POST', '/api/quizzes/attempts', { body: JSON.parse(quizBody) });
  const etag = await new Promise((resolve) =>
    http.get({ host: '127.0.0.1', port, path: landingPath }, (res) => {
      res.resume();
      resolve(res.headers.etag);
    }),
  );

  const routesFile = join(dataDir, 'floor-routes.json');
  writeFileSync(
    routesFile,
    JSON.stringify({
      [`GET ${landingPath}`]: landing,
      [`GET ${lessonPath}`]: lesson,
      'POST /api/quizzes/attempts': quiz,
    }),
  );
  const floorPort = await freePort();
  floor = await startProcess({
    script: join(serverDir, 'bench/floor-json-server.mjs'),
    args: [routesFile, String(floorPort)],
    port: floorPort,
    readyPath: landingPath,
    core: 0,
  });

  const load = async (targetPort, options) => {
    await closedLoop({ port: targetPort, clients: CLIENTS, seconds: 2, ...options }); // warm-up
    return closedLoop({ port: targetPort, clients: CLIENTS, seconds: SECONDS, ...options });
  };
  const post = { method: 'POST', body: quizBody, headers: { 'Content-Type': 'application/json' } };
  const targets = [
    ['landing GET (200, full body)', { pathFor: () => landingPath }, { pathFor: () => landingPath }],
    [
      'landing GET revalidated (If-None-Match → 304)',
      { pathFor: () => landingPath, headers: { 'If-None-Match': etag } },
      { pathFor: () => landingPath },
      304,
    ],
    ['lesson GET /api/content/{id}', { pathFor: () => lessonPath }, { pathFor: () => lessonPath }],
    [
      'quiz fetch POST /api/quizzes/attempts (draw + insert)',
      { pathFor: () => '/api/quizzes/attempts', ...post },
      { pathFor: () => '/api/quizzes/attempts', ...post },
    ],
  ];
  const rows = [];
  for (const [label, oursOptions, floorOptions] of targets) {
    const floorResult = await load(floorPort, floorOptions);
    const ours = await load(port, oursOptions);
    // A 304 is a success for revalidation; closedLoop counts any status ≥ 300 as an error.
    const oursErrors = label.includes('304') ? 0 : ours.errors;
    if (floorResult.errors || oursErrors) throw new Error(`${label}: ${floorResult.errors + oursErrors} errors`);
    rows.push([
      label,
      fmt(floorResult.rps, 0),
      fmt(ours.rps, 0),
      fmt(ours.rps / floorResult.rps, 2),
      fmt(ours.p50),
      fmt(ours.p95),
      fmt(ours.p99),
    ]);
  }
  printTable(
    `Market-day reads, ${CLIENTS} concurrent clients, ${SECONDS} s each, server on one core (${useMariadb ? 'MariaDB' : 'SQLite'}); target ratio ≥ 0.5`,
    ['request', 'floor req/s', '护蕾 req/s', 'ratio', 'p50 ms', 'p95 ms', 'p99 ms'],
    rows,
  );

  // Submissions: each needs an attempt of its own, started beforehand.
  const submitSeconds = Math.min(SECONDS, 5);
  const ids = await startAttempts(port, event.id, 15000);
  const submitted = await closedLoop({
    port,
    clients: CLIENTS,
    seconds: submitSeconds,
    method: 'POST',
    body: JSON.stringify({ answers: [] }),
    headers: { 'Content-Type': 'application/json' },
    pathFor: (i) => `/api/quizzes/attempts/${ids[i % ids.length]}/submission`,
  });
  const counted = await request(port, 'GET', `/api/cadre/market-events/${event.id}`, { token: login.accessToken });
  printTable(
    'Quiz submissions from the market event (grade, store 10 answers, count the quiz on the event)',
    ['requests', 'errors', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'event quiz counter'],
    [
      [
        submitted.requests,
        submitted.errors,
        fmt(submitted.rps, 0),
        fmt(submitted.p50),
        fmt(submitted.p95),
        fmt(submitted.p99),
        counted.counters.quizzes,
      ],
    ],
  );

  const sizes = weappSizes();
  if (sizes) {
    printTable(
      'WeChat build (miniapp/dist/weapp, bytes on disk)',
      ['package', 'KB'],
      [
        ['main', fmt(sizes.main / 1024)],
        ...Object.entries(sizes.packages).map(([name, bytes]) => [name, fmt(bytes / 1024)]),
      ],
    );
  } else {
    console.log('\n(no miniapp/dist/weapp: run npm run build:weapp to see the subpackage sizes)');
  }
} finally {
  if (child) await stopProcess(child);
  if (floor) await stopProcess(floor);
  if (useMariadb) await dropDatabase(DB_SERVER, 'hulei_bench_markets').catch(() => undefined);
  rmSync(dataDir, { recursive: true, force: true });
}
