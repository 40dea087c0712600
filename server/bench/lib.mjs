// Benchmark helpers: a closed-loop HTTP load generator that records every latency, process
// control for the server under test, a table printer, and a county of help requests to load.
// Floors and ours run in the same run.
import { spawn, execFileSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';
import { once } from 'node:events';
import { createConnection } from 'mysql2/promise';

export const serverDir = new URL('..', import.meta.url).pathname;

/** The MariaDB server the benches create their databases on. */
export const DB_SERVER = process.env.TEST_DATABASE_URL || 'mysql://app:app@127.0.0.1:3306/test';

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * `clients` concurrent keep-alive clients, each sending the next request as soon as the last
 * answered, for `seconds`. `pathFor(i)` gives the i-th request's path. Non-2xx answers count as errors.
 */
export async function closedLoop({
  port,
  clients,
  seconds,
  pathFor,
  method = 'GET',
  body,
  headers = {},
  bodyFor,
  headersFor,
}) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const latencies = [];
  let errors = 0;
  let sent = 0;
  const deadline = Date.now() + seconds * 1000;
  const one = (i) =>
    new Promise((resolve) => {
      const started = process.hrtime.bigint();
      const req = http.request(
        { host: '127.0.0.1', port, path: pathFor(i), method, agent, headers: headersFor?.(i) ?? headers },
        (res) => {
          res.resume();
          res.on('end', () => {
            latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
            if (res.statusCode >= 300) errors += 1;
            resolve();
          });
        },
      );
      req.on('error', () => {
        errors += 1;
        resolve();
      });
      req.end(bodyFor?.(i) ?? body);
    });
  const started = Date.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() < deadline) await one(sent++);
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    rps: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
}

/**
 * Open loop: sends `rate` requests a second for `seconds`, spread evenly, whatever the answers
 * take — what real, independent users do. Latency includes any queueing in the server.
 */
export async function openLoop({ port, rate, seconds, pathFor, method = 'GET', bodyFor, headersFor }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });
  const latencies = [];
  let errors = 0;
  const total = Math.round(rate * seconds);
  const started = process.hrtime.bigint();
  const pending = [];
  for (let i = 0; i < total; i += 1) {
    const due = started + BigInt(Math.round((i / rate) * 1e9));
    const wait = Number(due - process.hrtime.bigint()) / 1e6;
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const sentAt = process.hrtime.bigint();
    const body = bodyFor?.(i);
    pending.push(
      new Promise((resolve) => {
        const req = http.request(
          { host: '127.0.0.1', port, path: pathFor(i), method, agent, headers: headersFor?.(i) ?? {} },
          (res) => {
            res.resume();
            res.on('end', () => {
              latencies.push(Number(process.hrtime.bigint() - sentAt) / 1e6);
              if (res.statusCode >= 300) errors += 1;
              resolve();
            });
          },
        );
        req.on('error', () => {
          errors += 1;
          resolve();
        });
        req.end(body);
      }),
    );
  }
  await Promise.all(pending);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    rps: rate,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
}

/** Starts a Node process pinned to one core (when taskset exists) and waits until `port` answers. */
export async function startProcess({ script, args = [], env, port, core = 0, readyPath = '/' }) {
  let cmd = process.execPath;
  let argv = [script, ...args];
  try {
    execFileSync('taskset', ['-V'], { stdio: 'ignore' });
    argv = ['-c', String(core), process.execPath, ...argv];
    cmd = 'taskset';
  } catch {
    // Without taskset the server shares both cores with the load generator; ratios still hold.
  }
  const child = spawn(cmd, argv, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  for (let i = 0; i < 200; i += 1) {
    try {
      await new Promise((resolve, reject) => {
        const req = http.get({ host: '127.0.0.1', port, path: readyPath }, (res) => {
          res.resume();
          if (res.statusCode < 500) resolve();
          else reject(new Error(String(res.statusCode)));
        });
        req.on('error', reject);
      });
      return child;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  child.kill('SIGKILL');
  throw new Error(`${script} did not answer on port ${port}`);
}

export async function stopProcess(child) {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await Promise.race([once(child, 'exit'), new Promise((r) => setTimeout(r, 5000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

/** Runs a Node script to completion; resolves with its {stdout, stderr}. */
export function runNode(script, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) =>
      code === 0 ? resolve({ stdout, stderr }) : reject(new Error(`${script} ${args.join(' ')} failed:\n${stderr}`)),
    );
  });
}

export async function recreateDatabase(serverUrl, name) {
  const connection = await createConnection({ uri: serverUrl });
  await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
  await connection.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await connection.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropDatabase(serverUrl, name) {
  const connection = await createConnection({ uri: serverUrl });
  await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
  await connection.end();
}

export function fmt(n, digits = 1) {
  return Number.isFinite(n) ? n.toFixed(digits) : '—';
}

export function printTable(title, header, rows) {
  const widths = header.map((h, i) => Math.max(String(h).length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

export async function freePort() {
  const server = http.createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  return port;
}

/** Columns of the help requests the benches load straight into the database. */
export const HELP_REQUEST_COLUMNS =
  'id, receipt_hash, category, urgency, requester_role, status, origin, region_code, province_code, city_code, county_code, town_code, village_code, handling_level, handling_region_code, created_at, updated_at';

/**
 * `count` help requests of 沅陵县 (431222) spread over its villages and over the last year, one in
 * five still open, handed to `insertRows` 2,000 at a time in the order of HELP_REQUEST_COLUMNS.
 */
export async function fillCounty(insertRows, villages, count) {
  const year = 365 * 24 * 60 * 60 * 1000;
  const yearAgo = Date.now() - year;
  for (let start = 0; start < count; start += 2000) {
    const rows = [];
    for (let i = start; i < Math.min(count, start + 2000); i += 1) {
      const village = villages[i % villages.length];
      const at = new Date(yearAgo + (i / count) * year);
      rows.push([
        randomUUID(),
        randomBytes(32).toString('base64url'),
        'bullying',
        'normal',
        'child',
        i % 5 ? 'closed' : 'submitted',
        'public',
        village,
        '43',
        '4312',
        '431222',
        village.slice(0, 9),
        village,
        'village',
        village,
        at,
        at,
      ]);
    }
    await insertRows(rows);
  }
}

/** A demo account's access token (all demo accounts share the demo password). */
export async function login(origin, phone) {
  const res = await globalThis.fetch(`${origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ phone, password: 'Hulei@2026' }),
  });
  if (!res.ok) throw new Error(`login ${phone}: ${res.status}`);
  return (await res.json()).accessToken;
}
