// Part 5 — what leaks. After the runs, the free text, phone numbers and receipt codes they used are
// looked for in the MariaDB data files (the runs' databases and the shared redo, undo and system
// files), a SQLite database the same traffic went into, every server log and the outbox: 0 hits.
// Then the response headers of every route and of the H5 app.
import { randomUUID } from 'node:crypto';
import { openSync, readdirSync, readSync, closeSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { helpBody } from './lib/help-client.mjs';
import { address, login, send } from './lib/http.mjs';
import { marker, note, receipt, used } from './lib/markers.mjs';
import { loadOperations } from './lib/openapi.mjs';
import { seededRandom } from './lib/net.mjs';
import { Part } from './lib/report.mjs';
import { createdDatabases, createStack, DB_SERVER, logFiles, ServerProcess } from './lib/stack.mjs';

/** Every secret of `used` found in the file: markers by pattern, numbers from runs of digits. */
function scanFile(path, hits, canary) {
  const fd = openSync(path, 'r');
  const chunk = Buffer.alloc(8 * 1024 * 1024);
  let carry = '';
  try {
    for (;;) {
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      const text = carry + chunk.toString('latin1', 0, n);
      for (const match of text.matchAll(/PRF[A-Z]{10}/g)) {
        if (used.texts.has(match[0])) hits.push(`${path}: text ${match[0]}`);
        if (match[0] === canary.token) canary.found.push(path);
      }
      for (const match of text.matchAll(/\d{11,}/g)) {
        const run = match[0];
        for (let i = 0; i + 11 <= run.length; i += 1)
          if (used.phones.has(run.slice(i, i + 11))) hits.push(`${path}: phone`);
        for (let i = 0; i + 16 <= run.length; i += 1)
          if (used.receipts.has(run.slice(i, i + 16))) hits.push(`${path}: receipt code`);
      }
      carry = text.slice(-32);
    }
  } finally {
    closeSync(fd);
  }
}

function filesUnder(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) filesUnder(path, out);
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

/** The same kind of traffic into the embedded SQLite database, so its file can be scanned too. */
async function sqliteTraffic(random) {
  const stack = await createStack('sqlite', { kind: 'sqlite' });
  const server = await new ServerProcess({ name: 'sqlite', stack, env: { HULEI_SCHEDULERS: 'off' } }).start();
  try {
    const chair = await login(server.port, '13800000001');
    for (let i = 0; i < 30; i += 1) {
      const res = await send({
        port: server.port,
        method: 'POST',
        path: '/api/help-requests',
        headers: { 'Idempotency-Key': randomUUID(), 'X-Forwarded-For': address(600 + i) },
        body: helpBody('431222114200', random),
      });
      receipt(res.body.receiptCode);
      await send({
        port: server.port,
        method: 'POST',
        path: '/api/help-requests/lookup/messages',
        headers: { 'X-Forwarded-For': address(700 + i) },
        body: { receiptCode: res.body.receiptCode, body: note('阿姨，我晚上给你打电话') },
      });
    }
    const inbox = await send({
      port: server.port,
      path: '/api/cadre/help-requests',
      headers: { Authorization: `Bearer ${chair}` },
    });
    for (const item of inbox.body.items.slice(0, 10))
      await send({
        port: server.port,
        method: 'POST',
        path: `/api/cadre/help-requests/${item.id}/messages`,
        headers: { Authorization: `Bearer ${chair}` },
        body: { body: note() },
      });
    return { stack, server };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

export async function whatLeaks({ seed }) {
  const part = new Part('5. What leaks: data files, logs, outbox, response headers');
  const { stack: sqlite, server } = await sqliteTraffic(seededRandom(seed ^ 0x5a5a));
  try {
    await headers(part, server.port);
  } finally {
    await server.stop();
  }

  const admin = await createConnection({ uri: DB_SERVER });
  const [[{ datadir }]] = await admin.query('SELECT @@datadir AS datadir');
  // Make the database write what it holds in memory, so the files show it.
  await admin.query('FLUSH TABLES').catch(() => {});
  await admin.end();
  // A canary: the same kind of marker written in plain text through SQL must be found, or the
  // scan proves nothing (pages not yet on disk, a format it cannot read).
  const canary = { token: marker(), found: [] };
  if (createdDatabases.length) {
    const url = new URL(DB_SERVER);
    url.pathname = `/${createdDatabases[0]}`;
    const db = await createConnection({ uri: url.toString() });
    await db.query('CREATE TABLE proof_canary (v VARCHAR(40))');
    await db.query('INSERT INTO proof_canary VALUES (?)', [`canary ${canary.token}`]);
    await db.end();
  }
  const files = [];
  for (const entry of readdirSync(datadir, { withFileTypes: true })) {
    const path = join(datadir, entry.name);
    // Shared files (redo log, undo, system tablespace, temporary tablespace, binary logs) and
    // every folder of a database these runs made; other databases hold none of this data.
    if (entry.isFile()) files.push(path);
    else if (entry.isDirectory() && createdDatabases.includes(entry.name)) filesUnder(path, files);
  }
  const sqliteFiles = filesUnder(sqlite.dataDir).filter((f) => /\.sqlite/.test(f));
  const logs = logFiles.filter((f) => existsSync(f));
  const hits = [];
  let bytes = 0;
  for (const file of [...files, ...sqliteFiles, ...logs]) {
    bytes += statSync(file).size;
    scanFile(file, hits, canary);
  }
  // The outbox, row by row, in every database of the run.
  let outboxRows = 0;
  for (const name of createdDatabases) {
    const url = new URL(DB_SERVER);
    url.pathname = `/${name}`;
    const db = await createConnection({ uri: url.toString() });
    const [rows] = await db.query('SELECT * FROM notification');
    outboxRows += rows.length;
    const text = JSON.stringify(rows);
    for (const m of text.matchAll(/PRF[A-Z]{10}|\d{11,16}/g))
      if (used.texts.has(m[0]) || used.phones.has(m[0]) || used.receipts.has(m[0])) hits.push(`${name}.notification`);
    await db.end();
  }
  part.table(
    'Looked for',
    [
      'free texts',
      'phone numbers',
      'receipt codes',
      'MariaDB files',
      'SQLite files',
      'server logs',
      'MB scanned',
      'outbox rows',
    ],
    [
      [
        used.texts.size,
        used.phones.size,
        used.receipts.size,
        files.length,
        sqliteFiles.length,
        logs.length,
        (bytes / 1e6).toFixed(0),
        outboxRows,
      ],
    ],
  );
  if (createdDatabases.length)
    part.check(
      'the scan finds a canary written in plain text through SQL (so 0 hits means something)',
      canary.found.length > 0,
      canary.found.map((f) => f.replace(datadir, '')).join(', ') || 'not found',
    );
  part.figure('leaks', hits.length);
  part.figure('secrets looked for', used.texts.size + used.phones.size + used.receipts.size);
  part.check(
    `0 hits of the runs’ free text, phone numbers and receipt codes (datadir ${datadir})`,
    hits.length === 0 && used.texts.size > 0 && used.receipts.size > 0,
    hits.slice(0, 5).join(', ') || '0 hits',
  );
  return part.end();
}

/** Security headers on every route, no-store on everything of the API, and the H5 app's CSP. */
async function headers(part, port) {
  const chair = await login(port, '13800000001');
  const problems = [];
  let checked = 0;
  for (const op of loadOperations()) {
    const path = op.path.replace(/\{(\w+)\}/g, (_, name) =>
      name === 'code'
        ? '431222114'
        : name.endsWith('Code')
          ? '431222114200'
          : name === 'year'
            ? '2026'
            : name === 'period'
              ? '2026-10'
              : randomUUID(),
    );
    for (const token of op.cadre ? [chair, undefined] : [undefined]) {
      const res = await send({
        port,
        method: op.method,
        path,
        headers: {
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
          'Idempotency-Key': randomUUID(),
          'X-Forwarded-For': address(990_000 + checked),
        },
        body: op.method === 'GET' ? undefined : {},
      });
      checked += 1;
      const h = res.headers;
      const publicReference = res.status < 300 && /^GET \/api\/(regions|content|health)/.test(op.key);
      if (h['referrer-policy'] !== 'no-referrer') problems.push(`${op.key}: Referrer-Policy ${h['referrer-policy']}`);
      if (h['x-content-type-options'] !== 'nosniff') problems.push(`${op.key}: no nosniff`);
      if (!publicReference && !/no-store/.test(h['cache-control'] ?? ''))
        problems.push(`${op.key} (${res.status}): Cache-Control ${h['cache-control']}`);
    }
  }
  part.check(
    'every route: Referrer-Policy no-referrer, nosniff, and no-store on everything but public reference data',
    problems.length === 0,
    `${checked} answers; ${problems.slice(0, 4).join(', ') || 'all as expected'}`,
  );
  const page = await send({ port, path: '/' });
  const asset = await send({ port, path: '/js/app.0123456789abcdef.js' });
  const csp = page.headers['content-security-policy'] ?? '';
  part.check(
    'the H5 app: a CSP (self only, no inline script, no framing), no-referrer, DENY framing',
    page.status === 200 &&
      /default-src 'self'/.test(csp) &&
      /script-src 'self'(;|$)/.test(csp) &&
      /frame-ancestors 'none'/.test(csp) &&
      page.headers['referrer-policy'] === 'no-referrer' &&
      page.headers['x-frame-options'] === 'DENY' &&
      Boolean(asset.headers['content-security-policy']),
    `${page.status} / asset ${asset.status}: ${csp}; Referrer-Policy ${page.headers['referrer-policy']}, X-Frame-Options ${page.headers['x-frame-options']}`,
  );
}
