// npm run bench:reports — 一月一汇报 at county scale, on MariaDB:
//  a county of 500 villages (沅陵县's 404 and 96 more) with a year of activity loaded in bulk, then
//  1. the county's monthly report (GET /api/cadre/reports/431222/<month>) as the county federation:
//     the first request, then one after another; beside it the year's summary and the dashboard;
//  2. the report's Excel export and the county's detail lists: size and time.
// Env: TEST_DATABASE_URL (MariaDB server, default mysql://app:app@127.0.0.1:3306/test),
// BENCH_REPEAT (sequential requests per measure, default 10), BENCH_KEEP=1 (keep the database to look into).
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { CARE_CATEGORIES, CARE_SERVICE_KINDS, HELP_CATEGORIES, QUIZ_AUDIENCES } from '@hulei/shared';
import {
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

const { fetch } = globalThis;
const REPEAT = Number(process.env.BENCH_REPEAT || 10);
const COUNTY = '431222';
const VILLAGES = 500;
const HOUSEHOLDS_PER_VILLAGE = 300;
const cli = join(serverDir, 'dist/cli.js');
const main = join(serverDir, 'dist/main.js');
const dataDir = mkdtempSync(join(tmpdir(), 'hulei-bench-'));
const CHINA = 8 * 3600_000;
const chinaMonth = (d) => new Date(d.getTime() + CHINA).toISOString().slice(0, 7);
const now = new Date();
const MONTH = chinaMonth(now);
const YEAR = Number(MONTH.slice(0, 4));
/** The twelve months ending with this one, as [start, end) instants. */
const MONTHS = Array.from({ length: 12 }, (_, i) => {
  const [y, m] = MONTH.split('-').map(Number);
  const start = new Date(Date.UTC(y, m - 12 + i, 1) - CHINA);
  const end = new Date(Date.UTC(y, m - 11 + i, 1) - CHINA);
  return { start, end: end > now ? now : end };
});
const LAST_MONTH = chinaMonth(MONTHS[10].start);
const ITEMS = ['look_harm', 'ask_harm', 'look_health', 'ask_health', 'look_schooling', 'ask_holidays'];

let seed = 42;
/** A small deterministic random generator, so two runs load the same county. */
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = (items) => items[Math.floor(random() * items.length)];
const within = ({ start, end }) => new Date(start.getTime() + random() * (end.getTime() - start.getTime() - 60_000));
const day = (d) => new Date(d.getTime() + CHINA).toISOString().slice(0, 10);
const path = (v) => [
  v.slice(0, 2),
  v.slice(0, 4),
  v.slice(0, 6),
  v.length >= 9 ? v.slice(0, 9) : null,
  v.length === 12 ? v : null,
];
const sealed = () =>
  `v1.k1.${randomBytes(12).toString('base64url')}.${randomBytes(16).toString('base64url')}.${randomBytes(24).toString('base64url')}`;

async function insert(db, table, columns, rows) {
  for (let i = 0; i < rows.length; i += 2000) {
    await db.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ?`, [rows.slice(i, i + 2000)]);
  }
}

/** 96 more villages in 沅陵县's towns, so the county has 500. */
async function addVillages(db) {
  const [towns] = await db.query("SELECT code FROM region WHERE level = 'town' AND parent_code = ? ORDER BY code", [
    COUNTY,
  ]);
  const [[{ n }]] = await db.query("SELECT COUNT(*) AS n FROM region WHERE level = 'village' AND code LIKE ?", [
    `${COUNTY}%`,
  ]);
  const rows = [];
  for (let i = 0; rows.length < VILLAGES - Number(n); i += 1) {
    const town = towns[i % towns.length].code;
    const code = `${town}${String(900 + Math.floor(i / towns.length)).padStart(3, '0')}`;
    rows.push([code, `测试${i + 1}村`, `测试${i + 1}村村民委员会`, 'village', town]);
  }
  await insert(db, 'region', ['code', 'name', 'official_name', 'level', 'parent_code'], rows);
  const [villages] = await db.query("SELECT code FROM region WHERE level = 'village' AND code LIKE ? ORDER BY code", [
    `${COUNTY}%`,
  ]);
  return villages.map((v) => v.code);
}

/** A year of the county: what villages, towns and children do, loaded in bulk. */
async function fillYear(url) {
  const db = await createConnection({ uri: url });
  const started = Date.now();
  const villages = await addVillages(db);
  const [questions] = await db.query('SELECT id, correct_option_keys FROM quiz_question WHERE active = 1');
  const [[county]] = await db.query('SELECT id FROM account WHERE phone = ?', ['13800000004']);
  const counts = {
    households: 0,
    visits: 0,
    helpRequests: 0,
    quizAttempts: 0,
    marketEvents: 0,
    careRecords: 0,
    opinionCases: 0,
  };

  // Households and their visits: 300 a village, 70 % visited once in the year, 4 % with a concern.
  const households = [];
  const visits = [];
  const concerns = [];
  for (const v of villages) {
    for (let h = 0; h < HOUSEHOLDS_PER_VILLAGE; h += 1) {
      const id = randomUUID();
      const visited = random() < 0.7 ? within(MONTHS[Math.floor(4 + random() * 8)]) : null;
      households.push([
        id,
        ...path(v),
        null,
        sealed(),
        randomBytes(32).toString('hex'),
        sealed(),
        2,
        'import',
        visited ? YEAR : null,
        visited,
        'bench',
        MONTHS[0].start,
        MONTHS[0].start,
      ]);
      if (!visited) continue;
      const visitId = randomUUID();
      const concern = random() < 0.04 ? pick(ITEMS) : null;
      visits.push([
        visitId,
        id,
        ...path(v),
        YEAR,
        day(visited),
        county.id,
        sealed(),
        concern ? 'FFFFFFCFFFFF' : 'FFFFFFFFFFFF',
        null,
        null,
        null,
        null,
        visited,
      ]);
      if (concern) concerns.push([visitId, concern, id, ...path(v), YEAR]);
    }
  }
  await insert(
    db,
    'household',
    [
      'id',
      'province_code',
      'city_code',
      'county_code',
      'town_code',
      'village_code',
      'grid_id',
      'address_sealed',
      'address_hash',
      'head_name_sealed',
      'child_count',
      'source',
      'visited_year',
      'last_visited_at',
      'created_by',
      'created_at',
      'updated_at',
    ],
    households,
  );
  await insert(
    db,
    'screening_visit',
    [
      'id',
      'household_id',
      'province_code',
      'city_code',
      'county_code',
      'town_code',
      'village_code',
      'campaign_year',
      'visited_on',
      'visitor_account_id',
      'attendees_sealed',
      'answers',
      'notes_sealed',
      'help_request_id',
      'case_claimed_at',
      'police_reported_at',
      'created_at',
    ],
    visits,
  );
  await insert(
    db,
    'screening_concern',
    [
      'visit_id',
      'item',
      'household_id',
      'province_code',
      'city_code',
      'county_code',
      'town_code',
      'village_code',
      'campaign_year',
    ],
    concerns,
  );
  await db.query(
    `INSERT INTO screening_household_tally (region_code, province_code, city_code, county_code, town_code, village_code, households)
     SELECT village_code, MIN(province_code), MIN(city_code), MIN(county_code), MIN(town_code), village_code, COUNT(*) FROM household WHERE county_code = ? GROUP BY village_code`,
    [COUNTY],
  );
  await db.query(
    `INSERT INTO screening_visit_tally (region_code, campaign_year, province_code, city_code, county_code, town_code, village_code, visited)
     SELECT village_code, visited_year, MIN(province_code), MIN(city_code), MIN(county_code), MIN(town_code), village_code, COUNT(*)
     FROM household WHERE county_code = ? AND visited_year IS NOT NULL GROUP BY village_code, visited_year`,
    [COUNTY],
  );
  counts.households = households.length;
  counts.visits = visits.length;

  // Help requests: one a village a month; acknowledged (10 % after escalating), a fifth referred,
  // sexual-abuse ones reported to the police (a tenth of those late).
  const requests = [];
  const events = [];
  const reports = [];
  for (const month of MONTHS) {
    for (const v of villages) {
      const id = randomUUID();
      const created = within(month);
      const category = pick(HELP_CATEGORIES);
      const urgent = category === 'sexual_abuse' || random() < 0.2;
      const late = random() < 0.1;
      const ack = new Date(created.getTime() + (late ? 30 : 0.2) * 3600_000);
      const police = category === 'sexual_abuse' ? new Date(ack.getTime() + (random() < 0.1 ? 5 : 1) * 3600_000) : null;
      const overdue =
        police && police.getTime() - ack.getTime() > 2 * 3600_000 ? new Date(ack.getTime() + 2 * 3600_000) : null;
      const resolved = random() < 0.7 ? new Date(ack.getTime() + 48 * 3600_000) : null;
      requests.push([
        id,
        randomBytes(32).toString('hex'),
        category,
        urgent ? 'urgent' : 'normal',
        'child',
        resolved ? 'resolved' : 'acknowledged',
        'public',
        v,
        ...path(v),
        late ? 'town' : 'village',
        late ? v.slice(0, 9) : v,
        sealed(),
        null,
        null,
        null,
        created,
        created,
        ack,
        county.id,
        police,
        overdue,
        null,
        null,
        resolved,
        null,
        null,
      ]);
      events.push([randomUUID(), id, created, 'submitted', null, 'village', v, null, null]);
      if (late)
        events.push([
          randomUUID(),
          id,
          new Date(created.getTime() + 24 * 3600_000),
          'escalated',
          null,
          'town',
          v.slice(0, 9),
          null,
          'missed_village',
        ]);
      events.push([
        randomUUID(),
        id,
        ack,
        'acknowledged',
        county.id,
        late ? 'town' : 'village',
        late ? v.slice(0, 9) : v,
        null,
        null,
      ]);
      if (random() < 0.2)
        events.push([
          randomUUID(),
          id,
          new Date(ack.getTime() + 3600_000),
          'referred',
          county.id,
          'village',
          v,
          null,
          'education',
        ]);
      if (police) {
        events.push([randomUUID(), id, police, 'police_report', county.id, 'village', v, null, null]);
        reports.push([randomUUID(), id, sealed(), null, police, county.id, police]);
      }
    }
  }
  await insert(
    db,
    'help_request',
    [
      'id',
      'receipt_hash',
      'category',
      'urgency',
      'requester_role',
      'status',
      'origin',
      'region_code',
      'province_code',
      'city_code',
      'county_code',
      'town_code',
      'village_code',
      'handling_level',
      'handling_region_code',
      'description_sealed',
      'contact_phone_sealed',
      'market_event_id',
      'due_at',
      'created_at',
      'updated_at',
      'acknowledged_at',
      'acknowledged_by',
      'police_reported_at',
      'police_report_overdue_at',
      'closure_reason_sealed',
      'closure_requested_at',
      'resolved_at',
      'closed_at',
      'purged_at',
    ],
    requests,
  );
  await insert(
    db,
    'help_request_event',
    ['id', 'help_request_id', 'at', 'kind', 'actor_account_id', 'level', 'region_code', 'note_sealed', 'data'],
    events,
  );
  await insert(
    db,
    'police_report',
    ['id', 'help_request_id', 'police_station_sealed', 'reference_sealed', 'reported_at', 'recorded_by', 'created_at'],
    reports,
  );
  counts.helpRequests = requests.length;

  // Quizzes: 20 a village a month, 80 % handed in, ten answers each.
  const attempts = [];
  const answers = [];
  for (const month of MONTHS) {
    for (const v of villages) {
      for (let q = 0; q < 20; q += 1) {
        const id = randomUUID();
        const drawn = [...questions].sort(() => random() - 0.5).slice(0, 10);
        const at = within(month);
        const done = random() < 0.8;
        let score = 0;
        if (done) {
          for (const question of drawn) {
            const correct = random() < 0.75;
            score += correct ? 1 : 0;
            answers.push([id, question.id, correct ? question.correct_option_keys : 'Z', correct ? 1 : 0]);
          }
        }
        attempts.push([
          id,
          pick(QUIZ_AUDIENCES),
          v,
          ...path(v),
          null,
          JSON.stringify(drawn.map((d) => d.id)),
          done ? score : null,
          at,
          done ? at : null,
        ]);
      }
    }
  }
  await insert(
    db,
    'quiz_attempt',
    [
      'id',
      'audience',
      'region_code',
      'province_code',
      'city_code',
      'county_code',
      'town_code',
      'village_code',
      'market_event_id',
      'question_ids',
      'score',
      'created_at',
      'submitted_at',
    ],
    attempts,
  );
  await insert(db, 'quiz_answer', ['attempt_id', 'question_id', 'option_keys', 'correct'], answers);
  counts.quizAttempts = attempts.length;

  // Market days: four a town a month, with their counters.
  const towns = [...new Set(villages.map((v) => v.slice(0, 9)))];
  const events2 = [];
  for (const month of MONTHS) {
    for (const town of towns) {
      for (let e = 0; e < 4; e += 1) {
        const code = randomBytes(6)
          .toString('base64url')
          .toUpperCase()
          .replace(/[^2-9A-HJKMNP-Z]/g, '7')
          .slice(0, 8)
          .padEnd(8, '7');
        events2.push([
          randomUUID(),
          code,
          '集市',
          ...path(town),
          day(within(month)),
          '08:00',
          '12:00',
          '县妇联',
          'scheduled',
          50 + Math.floor(random() * 200),
          10 + Math.floor(random() * 40),
          Math.floor(random() * 2),
          county.id,
          month.start,
          month.start,
          null,
        ]);
      }
    }
  }
  await insert(
    db,
    'market_event',
    [
      'id',
      'code',
      'market_name',
      'province_code',
      'city_code',
      'county_code',
      'town_code',
      'village_code',
      'event_date',
      'start_time',
      'end_time',
      'organisers',
      'status',
      'scan_count',
      'quiz_count',
      'help_request_count',
      'created_by',
      'created_at',
      'updated_at',
      'cancelled_at',
    ],
    events2,
  );
  counts.marketEvents = events2.length;

  // The ledger: two children a village, paired, visited every month, a few services.
  const records = [];
  const pairings = [];
  const followUps = [];
  const services = [];
  for (const v of villages) {
    for (let c = 0; c < 2; c += 1) {
      const id = randomUUID();
      const opened = within(MONTHS[Math.floor(random() * 12)]);
      records.push([
        id,
        v,
        ...path(v),
        pick(CARE_CATEGORIES),
        pick(['high', 'medium', 'low']),
        'manual',
        'open',
        2014,
        sealed(),
        null,
        null,
        null,
        null,
        null,
        county.id,
        opened,
        opened,
        null,
        null,
      ]);
      const pairingId = randomUUID();
      pairings.push([
        pairingId,
        id,
        county.id,
        30,
        opened,
        null,
        new Date(opened.getTime() + 30 * 86_400_000),
        null,
        county.id,
      ]);
      for (const month of MONTHS.filter((m) => m.start > opened))
        followUps.push([randomUUID(), id, pairingId, county.id, day(within(month)), null, month.start]);
      if (random() < 0.5)
        services.push([
          randomUUID(),
          id,
          pick(CARE_SERVICE_KINDS),
          day(opened),
          '沅陵县一站式取证救助中心',
          null,
          county.id,
          opened,
        ]);
    }
  }
  await insert(
    db,
    'care_record',
    [
      'id',
      'region_code',
      'province_code',
      'city_code',
      'county_code',
      'town_code',
      'village_code',
      'category',
      'risk_level',
      'source',
      'status',
      'birth_year',
      'child_name_sealed',
      'guardian_situation_sealed',
      'school_sealed',
      'notes_sealed',
      'help_request_id',
      'visit_id',
      'created_by',
      'created_at',
      'updated_at',
      'closed_at',
      'purged_at',
    ],
    records,
  );
  await insert(
    db,
    'care_pairing',
    [
      'id',
      'care_record_id',
      'helper_account_id',
      'interval_days',
      'started_at',
      'last_follow_up_at',
      'next_due_at',
      'ended_at',
      'created_by',
    ],
    pairings,
  );
  await insert(
    db,
    'care_follow_up',
    ['id', 'care_record_id', 'pairing_id', 'author_account_id', 'visited_on', 'note_sealed', 'created_at'],
    followUps,
  );
  await insert(
    db,
    'care_service',
    ['id', 'care_record_id', 'kind', 'provided_on', 'provider', 'note_sealed', 'recorded_by', 'created_at'],
    services,
  );
  counts.careRecords = records.length;

  // 舆情: five cases a month handed down from the city, a step now and then late.
  const cases = [];
  const steps = [];
  for (const month of MONTHS) {
    for (let k = 0; k < 5; k += 1) {
      const id = randomUUID();
      const v = pick(villages);
      const at = within(month);
      const missed = random() < 0.1;
      const feedbackAt = new Date(at.getTime() + (missed ? 150 : 90) * 60_000);
      cases.push([
        id,
        v,
        ...path(v),
        'medium',
        sealed(),
        null,
        'feedback_reported',
        'town',
        v.slice(0, 9),
        at,
        new Date(at.getTime() + 2 * 3600_000),
        sealed(),
        feedbackAt,
        county.id,
        missed ? new Date(at.getTime() + 2 * 3600_000) : null,
        county.id,
        feedbackAt,
      ]);
      steps.push([
        randomUUID(),
        id,
        'city',
        v.slice(0, 4),
        at,
        new Date(at.getTime() + 600_000),
        at,
        county.id,
        new Date(at.getTime() + 300_000),
        county.id,
        null,
      ]);
      steps.push([
        randomUUID(),
        id,
        'county',
        v.slice(0, 6),
        new Date(at.getTime() + 300_000),
        new Date(at.getTime() + 900_000),
        null,
        null,
        new Date(at.getTime() + (missed ? 1200 : 600) * 1000),
        county.id,
        missed ? new Date(at.getTime() + 900_000) : null,
      ]);
      steps.push([
        randomUUID(),
        id,
        'town',
        v.slice(0, 9),
        new Date(at.getTime() + 600_000),
        null,
        null,
        null,
        null,
        null,
        null,
      ]);
    }
  }
  await insert(
    db,
    'opinion_case',
    [
      'id',
      'region_code',
      'province_code',
      'city_code',
      'county_code',
      'town_code',
      'village_code',
      'severity',
      'description_sealed',
      'source_sealed',
      'status',
      'current_level',
      'current_region_code',
      'started_at',
      'feedback_due_at',
      'feedback_sealed',
      'feedback_at',
      'feedback_by',
      'feedback_overdue_at',
      'created_by',
      'updated_at',
    ],
    cases,
  );
  await insert(
    db,
    'opinion_case_step',
    [
      'id',
      'case_id',
      'level',
      'region_code',
      'received_at',
      'due_at',
      'acknowledged_at',
      'acknowledged_by',
      'handed_on_at',
      'handed_on_by',
      'missed_at',
    ],
    steps,
  );
  counts.opinionCases = cases.length;

  await db.query(
    'ANALYZE TABLE household, screening_visit, screening_concern, screening_household_tally, screening_visit_tally, help_request, help_request_event, quiz_attempt, quiz_answer, market_event, care_record, care_pairing, care_follow_up, care_service, opinion_case, opinion_case_step',
  );
  await db.end();
  return { villages: villages.length, towns: towns.length, ...counts, seconds: (Date.now() - started) / 1000 };
}

/** One request: status, bytes and wall time. */
async function timed(origin, path, token) {
  const t0 = process.hrtime.bigint();
  const res = await fetch(`${origin}${path}`, { headers: { Authorization: `Bearer ${token}` } });
  const body = Buffer.from(await res.arrayBuffer());
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${body.toString('utf8').slice(0, 300)}`);
  return { ms, bytes: body.length, body };
}

/** The first request, then REPEAT more one after another. */
async function measure(origin, path, token) {
  const first = await timed(origin, path, token);
  const times = [];
  for (let i = 0; i < REPEAT; i += 1) times.push((await timed(origin, path, token)).ms);
  times.sort((a, b) => a - b);
  return {
    first: first.ms,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: times[times.length - 1],
    bytes: first.bytes,
    body: first.body,
  };
}

async function run() {
  const name = 'hulei_bench_reports';
  const url = await recreateDatabase(DB_SERVER, name);
  const env = {
    DATABASE_URL: url,
    HULEI_MODE: 'demo',
    HULEI_DATA_DIR: dataDir,
    HULEI_LOG_LEVEL: 'warn',
    HULEI_SCHEDULERS: 'off',
  };
  await runNode(cli, ['migrate'], env);
  await runNode(cli, ['regions:import', '--root', '4312'], env);
  await runNode(cli, ['seed'], env);
  const filled = await fillYear(url);
  printTable(
    `A year of ${COUNTY} 沅陵县 loaded in bulk (${fmt(filled.seconds, 0)} s)`,
    ['villages', 'towns', 'households', 'visits', 'help requests', 'quiz attempts', 'market days', 'ledger', '舆情'],
    [
      [
        filled.villages,
        filled.towns,
        filled.households,
        filled.visits,
        filled.helpRequests,
        filled.quizAttempts,
        filled.marketEvents,
        filled.careRecords,
        filled.opinionCases,
      ],
    ],
  );
  const port = await freePort();
  const server = await startProcess({
    script: main,
    env: { ...env, PORT: String(port) },
    port,
    readyPath: '/api/health',
  });
  const origin = `http://127.0.0.1:${port}`;
  try {
    const county = await login(origin, '13800000004');
    const targets = [
      [`monthly report ${LAST_MONTH} (JSON)`, `/api/cadre/reports/${COUNTY}/${LAST_MONTH}`],
      [`year summary ${YEAR} (JSON, with each month)`, `/api/cadre/reports/${COUNTY}/${YEAR}`],
      ['dashboard, 12 months (JSON)', `/api/cadre/dashboards/${COUNTY}?month=${LAST_MONTH}`],
      ['monthly report as Excel', `/api/cadre/reports/${COUNTY}/${LAST_MONTH}/export`],
      ['year summary as Excel', `/api/cadre/reports/${COUNTY}/${YEAR}/export`],
      ['county detail lists as Excel (audited)', `/api/cadre/reports/${COUNTY}/${LAST_MONTH}/details`],
      ['monthly report, page to print', `/api/cadre/reports/${COUNTY}/${LAST_MONTH}/print`],
    ];
    const rows = [];
    const measured = [];
    for (const [label, path] of targets) {
      const m = await measure(origin, path, county);
      measured.push(m);
      rows.push([label, fmt(m.first, 0), fmt(m.p50, 0), fmt(m.p95, 0), fmt(m.bytes / 1024, 0)]);
    }
    const parsed = JSON.parse(measured[0].body.toString('utf8'));
    const received = parsed.sections.find((s) => s.key === 'help').tables[0].rows[0].cells[0];
    printTable(
      `沅陵县 as the county federation, MariaDB, server on one core; first request, then ${REPEAT} one after another (target: monthly report ≤ 2000 ms)`,
      ['what', 'first (ms)', 'p50 (ms)', 'p95 (ms)', 'size (KB)'],
      rows,
    );
    console.log(`\nhelp requests the county received in ${LAST_MONTH}, as the report counts them: ${received}`);
  } finally {
    await stopProcess(server);
    if (!process.env.BENCH_KEEP) await dropDatabase(DB_SERVER, name);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

run().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
