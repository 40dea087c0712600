// npm run bench:regions — the whole-country import and the children route, each beside a floor
// (the same work by the plainest code) in the same run, on MariaDB and on SQLite.
// Env: TEST_DATABASE_URL (MariaDB server, default mysql://app:app@127.0.0.1:3306/test),
// BENCH_SECONDS (per load target, default 10), BENCH_CLIENTS (default 50), BENCH_RATE (open-loop
// requests a second, default 1000).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import {
  closedLoop,
  DB_SERVER,
  dropDatabase,
  fmt,
  freePort,
  openLoop,
  printTable,
  recreateDatabase,
  runNode,
  serverDir,
  startProcess,
  stopProcess,
} from './lib.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS || 10);
const CLIENTS = Number(process.env.BENCH_CLIENTS || 50);
const RATE = Number(process.env.BENCH_RATE || 1000);
const cli = join(serverDir, 'dist/cli.js');
const main = join(serverDir, 'dist/main.js');
const dataDir = mkdtempSync(join(tmpdir(), 'hulei-bench-'));
const sqlitePath = join(dataDir, 'hulei.sqlite');

const mariadbEnv = (url) => ({ DATABASE_URL: url, HULEI_MODE: 'demo', HULEI_DATA_DIR: dataDir });
const sqliteEnv = { DATABASE_URL: '', HULEI_MODE: 'demo', HULEI_DATA_DIR: dataDir };

async function importWholeCountry(env) {
  await runNode(cli, ['migrate'], env);
  const started = Date.now();
  const { stderr } = await runNode(cli, ['regions:import'], env);
  const match = /in ([\d.]+) s \(peak memory (\d+) MB\)/.exec(stderr);
  return { wall: (Date.now() - started) / 1000, seconds: Number(match[1]), peakMb: Number(match[2]) };
}

async function loadChildren(label, port, towns) {
  const pathFor = (i) => `/api/regions/${towns[(i * 7919) % towns.length]}/children`;
  await closedLoop({ port, clients: CLIENTS, seconds: 2, pathFor }); // warm-up: JIT, pools, page cache
  const closed = await closedLoop({ port, clients: CLIENTS, seconds: SECONDS, pathFor });
  const open = await openLoop({ port, rate: RATE, seconds: Math.min(SECONDS, 5), pathFor });
  if (closed.errors || open.errors) throw new Error(`${label}: ${closed.errors + open.errors} errors under load`);
  return { closed, open };
}

/** Starts one server, loads it, stops it. */
async function measure(label, start, towns) {
  const port = await freePort();
  const child = await start(port);
  return loadChildren(label, port, towns).finally(() => stopProcess(child));
}

async function compareChildren(label, driverArgs, ourEnv, towns) {
  const ready = `/api/regions/${towns[0]}/children`;
  const bare = (script) => (port) =>
    startProcess({
      script: join(serverDir, 'bench', script),
      args: [...driverArgs, String(port)],
      port,
      readyPath: ready,
    });
  const floor = await measure(`${label} floor`, bare('floor-regions-server.mjs'), towns);
  const ceiling = await measure(`${label} bare Nest`, bare('ceiling-nest-server.mjs'), towns);
  const ours = await measure(
    `${label} ours`,
    (port) => startProcess({ script: main, env: { ...ourEnv, PORT: String(port) }, port, readyPath: '/api/health' }),
    towns,
  );
  const row = (name, r) => [
    `${label}: ${name}`,
    fmt(r.closed.rps, 0),
    fmt(r.closed.p95),
    fmt(r.closed.rps / floor.closed.rps, 2),
    fmt(r.open.p50),
    fmt(r.open.p95),
  ];
  return [row('floor (bare http + driver)', floor), row('bare Nest route, same query', ceiling), row('护蕾', ours)];
}

try {
  console.log(`bench:regions — server pinned to one core, ${CLIENTS} clients, ${SECONDS} s per target`);

  // 1. The whole country into MariaDB, beside LOAD DATA LOCAL INFILE of the same files.
  const floorUrl = await recreateDatabase(DB_SERVER, 'hulei_bench_floor');
  const floorImport = JSON.parse((await runNode(join(serverDir, 'bench/floor-import.mjs'), [floorUrl], {})).stdout);
  await dropDatabase(DB_SERVER, 'hulei_bench_floor');
  const mariadbUrl = await recreateDatabase(DB_SERVER, 'hulei_bench');
  const first = await importWholeCountry(mariadbEnv(mariadbUrl));
  const again = await importWholeCountry(mariadbEnv(mariadbUrl));
  const sqliteFirst = await importWholeCountry(sqliteEnv);
  printTable(
    'Whole-country import (665,276 regions; target ≤ 15 s, ≤ 400 MB; re-import ≤ 15 s)',
    ['run', 'seconds', 'peak MB', 'floor seconds / ours'],
    [
      ['MariaDB floor: LOAD DATA LOCAL INFILE', fmt(floorImport.seconds), floorImport.peakMb, '1.00'],
      ['MariaDB 护蕾 first import', fmt(first.seconds), first.peakMb, fmt(floorImport.seconds / first.seconds, 2)],
      [
        'MariaDB 护蕾 re-import, unchanged',
        fmt(again.seconds),
        again.peakMb,
        fmt(floorImport.seconds / again.seconds, 2),
      ],
      ['SQLite 护蕾 first import', fmt(sqliteFirst.seconds), sqliteFirst.peakMb, '—'],
    ],
  );

  // 2. GET /api/regions/{town}/children with the whole country loaded.
  const connection = await createConnection({ uri: mariadbUrl });
  const [rows] = await connection.query("SELECT code FROM region WHERE level = 'town' ORDER BY code");
  await connection.end();
  const towns = rows.map((r) => r.code);
  const table = [
    ...(await compareChildren('MariaDB', ['mysql', mariadbUrl], mariadbEnv(mariadbUrl), towns)),
    ...(await compareChildren('SQLite', ['sqlite', sqlitePath], sqliteEnv, towns)),
  ];
  printTable(
    `GET /api/regions/{town}/children over ${towns.length} towns: ${CLIENTS} clients closed loop, then ${RATE} req/s open loop (target ≥ 0.50 of floor, p95 ≤ 20 ms)`,
    ['target', 'closed req/s', 'closed p95 ms', 'ratio to floor', `open p50 ms`, `open p95 ms`],
    table,
  );
  await dropDatabase(DB_SERVER, 'hulei_bench');
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
