// npm run bench:screening — 敲门行动 at scale, on MariaDB:
//  1. import of a 5,000-household sheet through the real route (wall time, the server's peak memory);
//  2. the coverage of a county of 200,000 households (GET /api/cadre/screening/coverage as the county
//     federation), closed loop, beside its floor: the same two SQL queries sent straight through mysql2.
// Env: TEST_DATABASE_URL (MariaDB server, default mysql://app:app@127.0.0.1:3306/test),
// BENCH_SECONDS (per load target, default 10), BENCH_CLIENTS (default 4), BENCH_HOUSEHOLDS (default 200000).
import { createCipheriv, randomBytes, randomUUID } from 'node:crypto';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { createConnection } from 'mysql2/promise';
import {
  closedLoop,
  DB_SERVER,
  dropDatabase,
  fmt,
  freePort,
  login,
  percentile,
  printTable,
  recreateDatabase,
  runNode,
  serverDir,
  startProcess,
  stopProcess,
} from './lib.mjs';

const require = createRequire(import.meta.url);
const { fetch } = globalThis;
const { Workbook } = require('exceljs');

const SECONDS = Number(process.env.BENCH_SECONDS || 10);
const CLIENTS = Number(process.env.BENCH_CLIENTS || 4);
const HOUSEHOLDS = Number(process.env.BENCH_HOUSEHOLDS || 200_000);
const SHEET_ROWS = 5_000;
const COUNTY = '431222';
const TAIPINGPU = '431222114200';
const TOWN = '431222114';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const cli = join(serverDir, 'dist/cli.js');
const main = join(serverDir, 'dist/main.js');
const dataDir = mkdtempSync(join(tmpdir(), 'hulei-bench-'));
const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();

async function sheet(rows) {
  const workbook = new Workbook();
  const ws = workbook.addWorksheet('户籍名单');
  const headers = ['网格', '门牌号或地址', '户主姓名'];
  for (let c = 1; c <= 5; c += 1) headers.push(`儿童${c}姓名`, `儿童${c}出生年份`);
  ws.addRow(headers);
  for (let i = 1; i <= rows; i += 1) {
    const row = [`${(i % 12) + 1}组`, `太平铺村${(i % 12) + 1}组${i}号`, `户主${i}`];
    for (let c = 0; c < i % 4; c += 1) row.push(`孩子${i}-${c}`, year - 2 - ((i + c) % 15));
    ws.addRow(row);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function peakRssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)[1]) / 1024);
}

/** The server's AES-256-GCM seal (common/crypto/data-cipher.ts), with the demo data key it generated. */
function sealer() {
  const key = Buffer.from(JSON.parse(readFileSync(join(dataDir, 'demo-secrets.json'), 'utf8')).dataKey, 'base64');
  return (text, context) => {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const data = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
    return [
      'v1',
      'k1',
      iv.toString('base64url'),
      cipher.getAuthTag().toString('base64url'),
      data.toString('base64url'),
    ].join('.');
  };
}

/** 200,000 households spread over the county's villages, ~60 % visited this year, ~3 % with a concern. */
async function fillCounty(url, count) {
  const db = await createConnection({ uri: url });
  const [villages] = await db.query("SELECT code FROM region WHERE level = 'village' AND code LIKE ?", [`${COUNTY}%`]);
  const seal = sealer();
  // Ciphertext the server can open (the unvisited list decrypts addresses); a few hundred distinct ones suffice.
  const addresses = Array.from({ length: 500 }, (_, i) => seal(`测试村${i}号`, 'household.address'));
  const heads = Array.from({ length: 500 }, (_, i) => seal(`户主${i}`, 'household.head_name'));
  const now = new Date();
  const started = Date.now();
  for (let i = 0; i < count; i += 2000) {
    const rows = [];
    const concerns = [];
    for (let j = i; j < Math.min(count, i + 2000); j += 1) {
      const v = villages[j % villages.length].code;
      const id = randomUUID();
      const visited = j % 5 < 3 ? year : j % 5 === 3 ? year - 1 : null;
      rows.push([
        id,
        v.slice(0, 2),
        v.slice(0, 4),
        v.slice(0, 6),
        v.slice(0, 9),
        v,
        null,
        addresses[j % 500],
        randomBytes(32).toString('hex'),
        heads[j % 500],
        2,
        'import',
        visited,
        visited ? now : null,
        'bench',
        now,
        now,
      ]);
      if (visited === year && j % 33 === 0)
        concerns.push([
          randomUUID(),
          'look_schooling',
          id,
          v.slice(0, 2),
          v.slice(0, 4),
          v.slice(0, 6),
          v.slice(0, 9),
          v,
          year,
        ]);
    }
    await db.query(
      'INSERT INTO household (id, province_code, city_code, county_code, town_code, village_code, grid_id, address_sealed, address_hash, head_name_sealed, child_count, source, visited_year, last_visited_at, created_by, created_at, updated_at) VALUES ?',
      [rows],
    );
    if (concerns.length) {
      await db.query(
        'INSERT INTO screening_concern (visit_id, item, household_id, province_code, city_code, county_code, town_code, village_code, campaign_year) VALUES ?',
        [concerns],
      );
    }
  }
  // The tallies the server keeps on every insert and visit, built here in one pass for the bulk load.
  await db.query('DELETE FROM screening_household_tally WHERE county_code = ?', [COUNTY]);
  await db.query(
    `INSERT INTO screening_household_tally (region_code, province_code, city_code, county_code, town_code, village_code, households)
     SELECT village_code, MIN(province_code), MIN(city_code), MIN(county_code), MIN(town_code), village_code, COUNT(*)
     FROM household WHERE county_code = ? GROUP BY village_code`,
    [COUNTY],
  );
  await db.query('DELETE FROM screening_visit_tally WHERE county_code = ?', [COUNTY]);
  await db.query(
    `INSERT INTO screening_visit_tally (region_code, campaign_year, province_code, city_code, county_code, town_code, village_code, visited)
     SELECT village_code, visited_year, MIN(province_code), MIN(city_code), MIN(county_code), MIN(town_code), village_code, COUNT(*)
     FROM household WHERE county_code = ? AND visited_year IS NOT NULL GROUP BY village_code, visited_year`,
    [COUNTY],
  );
  await db.query('ANALYZE TABLE household, screening_concern, screening_household_tally, screening_visit_tally');
  await db.end();
  return { villages: villages.length, seconds: (Date.now() - started) / 1000 };
}

/** `queries` straight through mysql2 (no HTTP, no Nest), one after another, for SECONDS. */
async function direct(url, queries) {
  const db = await createConnection({ uri: url });
  const latencies = [];
  const deadline = Date.now() + SECONDS * 1000;
  while (Date.now() < deadline) {
    const t0 = process.hrtime.bigint();
    for (const [sql, params] of queries) await db.query(sql, params);
    latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  await db.end();
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, p50: percentile(latencies, 50), p95: percentile(latencies, 95) };
}

const CONCERNS = [
  'SELECT item, COUNT(DISTINCT household_id) AS n FROM screening_concern WHERE county_code = ? AND campaign_year = ? GROUP BY item',
  [COUNTY, year],
];
/** The floor: the three queries the coverage route sends, from the tallies. */
const TALLY_QUERIES = [
  [
    'SELECT town_code, SUM(households) FROM screening_household_tally WHERE county_code = ? GROUP BY town_code',
    [COUNTY],
  ],
  [
    'SELECT town_code, SUM(visited) FROM screening_visit_tally WHERE county_code = ? AND campaign_year = ? GROUP BY town_code',
    [COUNTY, year],
  ],
  CONCERNS,
];
/** What the route would cost without the tallies: every household of the county through its covering index. */
const SCAN_QUERIES = [
  [
    'SELECT town_code, COUNT(*), SUM(CASE WHEN visited_year = ? THEN 1 ELSE 0 END) FROM household WHERE county_code = ? GROUP BY town_code',
    [year, COUNTY],
  ],
  CONCERNS,
];

async function run() {
  const name = 'hulei_bench_screening';
  const url = await recreateDatabase(DB_SERVER, name);
  const env = { DATABASE_URL: url, HULEI_MODE: 'demo', HULEI_DATA_DIR: dataDir, HULEI_LOG_LEVEL: 'warn' };
  await runNode(cli, ['migrate'], env);
  await runNode(cli, ['regions:import', '--root', '4312'], env);
  await runNode(cli, ['seed'], env);
  const port = await freePort();
  const server = await startProcess({
    script: main,
    env: { ...env, PORT: String(port) },
    port,
    readyPath: '/api/health',
  });
  const origin = `http://127.0.0.1:${port}`;
  try {
    // 1. The import.
    const chair = await login(origin, '13800000001');
    const file = await sheet(SHEET_ROWS);
    const before = peakRssMb(server.pid);
    const t0 = Date.now();
    const res = await fetch(`${origin}/api/cadre/screening/villages/${TAIPINGPU}/households/import`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${chair}`, 'Content-Type': XLSX },
      body: file,
    });
    const importSeconds = (Date.now() - t0) / 1000;
    const answer = await res.json();
    if (res.status !== 201) throw new Error(`import: ${res.status} ${JSON.stringify(answer).slice(0, 300)}`);
    const after = peakRssMb(server.pid);
    printTable(
      `Import of a ${SHEET_ROWS}-household sheet (${Math.round(file.length / 1024)} KB .xlsx, ${answer.children} children), one request`,
      ['households', 'wall time (s)', 'server peak RSS before (MB)', 'server peak RSS after (MB)'],
      [[answer.households, fmt(importSeconds, 2), before, after]],
    );

    // 2. The coverage of a county.
    const filled = await fillCounty(url, HOUSEHOLDS);
    const county = await login(origin, '13800000004');
    const headers = { Authorization: `Bearer ${county}` };
    const check = await fetch(`${origin}/api/cadre/screening/coverage?regionCode=${COUNTY}`, { headers });
    const coverage = await check.json();
    if (check.status !== 200) throw new Error(`coverage: ${check.status}`);
    const pathFor = () => `/api/cadre/screening/coverage?regionCode=${COUNTY}`;
    await closedLoop({ port, clients: CLIENTS, seconds: 2, pathFor, headers }); // warm-up
    const ours = await closedLoop({ port, clients: CLIENTS, seconds: SECONDS, pathFor, headers });
    const single = await closedLoop({ port, clients: 1, seconds: SECONDS, pathFor, headers });
    if (ours.errors || single.errors) throw new Error(`${ours.errors + single.errors} errors under load`);
    const unvisitedPath = () => `/api/cadre/screening/unvisited?regionCode=${TOWN}&pageSize=50`;
    const townHouseholds = coverage.parts.find((p) => p.code === TOWN).total;
    const unvisited = await closedLoop({ port, clients: 1, seconds: SECONDS, pathFor: unvisitedPath, headers });
    if (unvisited.errors) throw new Error(`${unvisited.errors} errors on the unvisited list`);
    const tallies = await direct(url, TALLY_QUERIES);
    const scan = await direct(url, SCAN_QUERIES);
    printTable(
      `Coverage of 沅陵县: ${coverage.total} households in ${filled.villages} villages (${coverage.visited} visited), MariaDB, ${SECONDS} s each`,
      ['target', 'clients', 'req/s', 'p50 (ms)', 'p95 (ms)', 'p99 (ms)'],
      [
        ['GET /api/cadre/screening/coverage', 1, fmt(single.rps), fmt(single.p50), fmt(single.p95), fmt(single.p99)],
        ['GET /api/cadre/screening/coverage', CLIENTS, fmt(ours.rps), fmt(ours.p50), fmt(ours.p95), fmt(ours.p99)],
        [
          'floor: its 3 SQL queries via mysql2',
          1,
          fmt(tallies.requests / SECONDS),
          fmt(tallies.p50),
          fmt(tallies.p95),
          '—',
        ],
        ['without tallies: scan of the households', 1, fmt(scan.requests / SECONDS), fmt(scan.p50), fmt(scan.p95), '—'],
        [
          `GET /api/cadre/screening/unvisited (官庄镇, ${townHouseholds} households, 50 a page)`,
          1,
          fmt(unvisited.rps),
          fmt(unvisited.p50),
          fmt(unvisited.p95),
          fmt(unvisited.p99),
        ],
      ],
    );
    console.log(`loading the ${HOUSEHOLDS} rows took ${fmt(filled.seconds)} s`);
  } finally {
    await stopProcess(server);
    await dropDatabase(DB_SERVER, name);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await run();
