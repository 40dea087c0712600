// Part 4 — hostile input. Property-based fuzzing (fast-check) of every route in the OpenAPI
// document, cadre routes with a valid token of a role they admit: wrong types, huge and empty
// strings, deep JSON, unicode edge cases, unknown fields, path traversal, SQL and HTML injection,
// oversized bodies. Never a 5xx; a rejected body names its field; nothing is stored from a
// rejected request. Then: login brute force, receipt-code guessing, and one county's token
// replayed against another county's records.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { URLSearchParams } from 'node:url';
import fc from 'fast-check';
import { address, login, NetworkError, send } from './lib/http.mjs';
import { note, receipt } from './lib/markers.mjs';
import { loadOperations, sample } from './lib/openapi.mjs';
import { Part } from './lib/report.mjs';
import { createStack, serverDir, ServerProcess, startProviders } from './lib/stack.mjs';
import { helpBody } from './lib/help-client.mjs';

const INJECTIONS = [
  "' OR '1'='1",
  '1; DROP TABLE help_request; --',
  "' UNION SELECT password_hash FROM account --",
  "1' AND SLEEP(5)#",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(document.cookie)>',
  '"><svg onload=alert(1)>',
  '../../../../etc/passwd',
  '..\\..\\..\\windows\\win.ini',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '${7*7}',
  '{{7*7}}',
  '__proto__',
  '{"$gt": ""}',
  'null',
  'undefined',
];
const UNICODE = [
  '\uD800',
  '\uDFFF',
  '\u202Eevil\u202C',
  '\u200B\u200C\u200D\uFEFF',
  '🧒🏽‍👧',
  'e\u0301\u0301\u0301\u0301',
  '１２３４５６７８９０１２',
  '𠜎𠜱𠝹𠱓',
  '\u0000',
  '\u0001\u001f\u007f',
  'ﷺ',
  '\r\n\r\nX-Injected: 1',
];
// Tables a rejected request may legitimately touch: the audit trail records refusals by design,
// failed logins count towards the lock, and every authenticated request may touch its session.
const MAY_CHANGE_ON_REFUSAL = new Set(['audit_event', 'login_throttle', 'session']);
const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const hostileString = fc.oneof(
  fc.constantFrom(...INJECTIONS),
  fc.constantFrom(...UNICODE),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constant(''),
  fc.constant('   '),
  fc.integer({ min: 2_000, max: 60_000 }).map((n) => '字'.repeat(n)),
  fc.integer({ min: 2_000, max: 60_000 }).map((n) => 'a'.repeat(n)),
);
const deepJson = fc.integer({ min: 20, max: 3_000 }).map((depth) => {
  let value = { x: 1 };
  for (let i = 0; i < depth; i += 1) value = i % 2 ? { a: value } : [value];
  return value;
});
/** A value of another JSON type than `schema` declares. */
function wrongType(schema) {
  const type = schema?.enum ? 'enum' : (schema?.type ?? 'string');
  const others = {
    string: [fc.integer(), fc.boolean(), fc.constant({}), fc.constant([]), fc.double({ noNaN: true })],
    enum: [fc.integer(), fc.boolean(), fc.constant({}), fc.constant(['x']), fc.constantFrom('SEXUAL_ABUSE', 'x', '')],
    integer: [fc.string({ maxLength: 5 }).map((s) => `x${s}`), fc.boolean(), fc.constant({}), fc.constant([1])],
    number: [fc.string({ maxLength: 5 }).map((s) => `x${s}`), fc.boolean(), fc.constant({}), fc.constant([1])],
    boolean: [fc.constantFrom('yes', 'no', ''), fc.integer({ min: 2 }), fc.constant({}), fc.constant([true])],
    array: [fc.string(), fc.integer(), fc.constant({}), fc.boolean()],
    object: [fc.string(), fc.integer(), fc.constant([]), fc.boolean()],
  }[type] ?? [fc.integer()];
  return fc.oneof(...others);
}

/** The fuzz cases of one operation: each a mutation of a plausible request. */
function casesFor(op) {
  const props = Object.entries(op.body?.properties ?? {});
  const required = op.body?.required ?? [];
  const pathParams = op.params.filter((p) => p.in === 'path');
  const queryParams = op.params.filter((p) => p.in === 'query');
  const headerParams = op.params.filter((p) => p.in === 'header');
  const kinds = [];
  if (props.length) {
    kinds.push(
      fc.record({
        kind: fc.constant('wrong-type'),
        field: fc.constantFrom(...props.map(([k]) => k)),
        seed: fc.integer(),
      }),
      fc.record({
        kind: fc.constant('hostile-value'),
        field: fc.constantFrom(...props.map(([k]) => k)),
        value: hostileString,
      }),
      fc.record({ kind: fc.constant('deep-value'), field: fc.constantFrom(...props.map(([k]) => k)), value: deepJson }),
      fc.record({
        kind: fc.constant('unknown-field'),
        name: fc.oneof(
          fc.constantFrom('isAdmin', 'role', 'id', 'createdAt', 'status', '__proto__'),
          fc.string({ minLength: 1, maxLength: 12 }).map((s) => `x_${s}`),
        ),
        value: fc.oneof(fc.string(), fc.integer(), fc.boolean()),
      }),
    );
    if (required.length) kinds.push(fc.record({ kind: fc.constant('missing'), field: fc.constantFrom(...required) }));
  }
  if (op.body || MUTATING.has(op.method)) {
    kinds.push(
      fc.record({
        kind: fc.constant('body-shape'),
        raw: fc.oneof(
          fc.constantFrom(
            '[]',
            '"text"',
            '42',
            'null',
            'true',
            '{',
            '{"a":',
            '{"a":1}}',
            '\u0000',
            '{"__proto__":{"isAdmin":true}}',
          ),
          deepJson.map((v) => JSON.stringify(v)),
          fc.json({ maxDepth: 3 }),
        ),
      }),
      fc.record({ kind: fc.constant('oversize'), kb: fc.integer({ min: 65, max: 400 }) }),
      fc.record({
        kind: fc.constant('content-type'),
        type: fc.constantFrom(
          'text/plain',
          'application/xml',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
        ),
      }),
    );
  }
  if (pathParams.length)
    kinds.push(
      fc.record({
        kind: fc.constant('path'),
        param: fc.constantFrom(...pathParams.map((p) => p.name)),
        value: fc.oneof(
          hostileString.filter((s) => s.length < 3000),
          fc.constantFrom(
            '..',
            '../..',
            '%2e%2e',
            '..%2f..%2fpackage.json',
            '0',
            '-1',
            '99999999999999999999',
            '1e309',
          ),
        ),
      }),
    );
  if (queryParams.length)
    kinds.push(
      fc.record({
        kind: fc.constant('query'),
        param: fc.constantFrom(...queryParams.map((p) => p.name)),
        value: fc.oneof(
          hostileString.filter((s) => s.length < 3000),
          fc.constantFrom('-1', '0', '1e309', 'NaN', '99999999999', '[]', 'true'),
        ),
        twice: fc.boolean(),
      }),
    );
  if (headerParams.length)
    kinds.push(
      fc.record({
        kind: fc.constant('header'),
        value: fc.oneof(
          hostileString.filter((s) => s.length < 200 && [...s].every((ch) => ch >= ' ' && ch <= '~')),
          fc.constant(''),
        ),
      }),
    );
  kinds.push(fc.record({ kind: fc.constant('plausible') }));
  return fc.oneof(...kinds);
}

/** Percent-encodes a path segment; a lone surrogate (not encodable) goes as invalid UTF-8 bytes. */
function encode(value) {
  try {
    return encodeURIComponent(value);
  } catch {
    return `%ED%A0%80${encodeURIComponent(value.replace(/[\uD800-\uDFFF]/g, ''))}`;
  }
}

export async function hostileInput({ runsPerRoute, seed, random }) {
  const part = new Part(
    `4. Hostile input: fast-check fuzzing of every route (seed ${seed}), brute force, guessing, cross-county`,
  );
  const stack = await createStack('hostile');
  // Schedulers off, so what changes in the database is only what requests did.
  const providers = await startProviders();
  const server = await new ServerProcess({
    name: 'hostile',
    stack,
    env: { ...providers.env, HULEI_SCHEDULERS: 'off' },
  }).start();
  const port = server.port;
  const db = await stack.connect();
  const [tableRows] = await db.query('SHOW TABLES');
  const tables = tableRows.map((r) => Object.values(r)[0]).filter((t) => !MAY_CHANGE_ON_REFUSAL.has(t));
  const checksums = async () => {
    const [rows] = await db.query(`CHECKSUM TABLE ${tables.map((t) => `\`${t}\``).join(', ')}`);
    return new Map(rows.map((r) => [r.Table.split('.').pop(), String(r.Checksum)]));
  };
  try {
    const tokens = {
      village: await login(port, '13800000001'),
      town: await login(port, '13800000003'),
      county: await login(port, '13800000004'),
      city: await login(port, '13800000005'),
      logout: await login(port, '13800000005'),
    };
    // Real records in the village chair's village, for the routes that take an id.
    const helpIds = [];
    for (let i = 0; i < 4; i += 1) {
      const res = await send({
        port,
        method: 'POST',
        path: '/api/help-requests',
        headers: { 'Idempotency-Key': randomUUID(), 'X-Forwarded-For': address(300 + i) },
        body: helpBody('431222114200', random),
      });
      receipt(res.body.receiptCode);
    }
    const inbox = await send({
      port,
      path: '/api/cadre/help-requests',
      headers: { Authorization: `Bearer ${tokens.village}` },
    });
    helpIds.push(...inbox.body.items.map((i) => i.id));
    const paramValue = (op, name) => {
      if (name === 'id' && op.path.includes('/help-requests/')) return helpIds[Math.floor(random() * helpIds.length)];
      if (name === 'villageCode') return '431222114200';
      if (name === 'countyCode') return '431222';
      if (name === 'regionCode') return '431222114200';
      if (name === 'year') return '2026';
      if (name === 'period') return '2026-10';
      if (name === 'code') return op.path.startsWith('/api/regions') ? '431222114' : 'abcdefgh';
      return randomUUID();
    };

    // The lowest role each cadre route admits, found by asking (the guard answers 403 before
    // anything else runs; a random id and an unknown field keep the probe from changing anything).
    const operations = loadOperations();
    const tokenOf = new Map();
    for (const op of operations.filter((o) => o.cadre)) {
      if (op.key === 'POST /api/auth/logout') {
        tokenOf.set(op.key, tokens.logout);
        continue;
      }
      for (const level of ['village', 'town', 'county', 'city']) {
        const path = op.path.replace(/\{(\w+)\}/g, () => randomUUID());
        const res = await send({
          port,
          method: op.method,
          path,
          headers: { Authorization: `Bearer ${tokens[level]}` },
          body: op.body ? { __probe: 1 } : undefined,
        });
        if (res.status !== 403) {
          tokenOf.set(op.key, tokens[level]);
          break;
        }
      }
    }
    part.check(
      'every cadre route admits one of the federation roles',
      operations.filter((o) => o.cadre && !tokenOf.has(o.key)).length === 0,
      `${tokenOf.size} cadre routes, ${operations.length - tokenOf.size} public`,
    );

    let baseline = await checksums();
    const quirks = new Set();
    const perRoute = [];
    const failures = [];
    for (const [index, op] of operations.entries()) {
      const stats = { cases: 0, ok2xx: 0, refused4xx: 0, server5xx: 0, failed: 0 };
      const baseBody = op.body ? sample(op.body) : undefined;
      const build = (c) => {
        const params = Object.fromEntries(
          op.params.filter((p) => p.in === 'path').map((p) => [p.name, paramValue(op, p.name)]),
        );
        let body = baseBody === undefined ? undefined : JSON.parse(JSON.stringify(baseBody));
        let raw;
        let contentType;
        const query = new URLSearchParams();
        const headers = { 'X-Forwarded-For': address(1_000_000 + Math.floor(random() * 5_000_000)) };
        if (op.cadre) headers.Authorization = `Bearer ${tokenOf.get(op.key)}`;
        if (op.params.some((p) => p.in === 'header')) headers['Idempotency-Key'] = randomUUID();
        let field = null;
        switch (c.kind) {
          case 'wrong-type': {
            field = c.field;
            const schema = op.body.properties[c.field];
            body[c.field] = fc.sample(wrongType(schema), { seed: c.seed, numRuns: 1 })[0];
            break;
          }
          case 'hostile-value':
          case 'deep-value':
            body[c.field] = c.value;
            // A deep value fails the whole body (400 before parsing), so no field is named.
            field = null;
            break;
          case 'unknown-field':
            body = { ...(body ?? {}), [c.name]: c.value };
            field = c.name;
            break;
          case 'missing':
            delete body[c.field];
            field = c.field;
            break;
          case 'body-shape':
            raw = c.raw;
            break;
          case 'oversize':
            raw = JSON.stringify({ ...(body ?? {}), padding: 'x'.repeat(c.kb * 1024) });
            break;
          case 'content-type':
            raw = 'category=other&description=x';
            contentType = c.type;
            break;
          case 'path':
            params[c.param] = c.value;
            break;
          case 'query':
            query.append(c.param, c.value);
            if (c.twice) query.append(c.param, c.value);
            break;
          case 'header':
            headers['Idempotency-Key'] = c.value;
            break;
          default:
        }
        const path = op.path.replace(/\{(\w+)\}/g, (_, name) =>
          c.kind === 'path' && name === c.param ? encode(params[name]) : params[name],
        );
        if (contentType) headers['Content-Type'] = contentType;
        return { path: `${path}${query.size ? `?${query}` : ''}`, headers, body, raw, field };
      };
      const property = fc.asyncProperty(casesFor(op), async (c) => {
        const request = build(c);
        stats.cases += 1;
        let res;
        try {
          res = await send({
            port,
            method: op.method,
            path: request.path,
            headers: request.headers,
            body: request.body,
            raw: request.raw,
            timeoutMs: 20_000,
          });
        } catch (error) {
          if (!(error instanceof NetworkError)) throw error;
          // The server may refuse an oversized upload before reading it all: the client sees a reset.
          if (c.kind === 'oversize') {
            stats.refused4xx += 1;
            return true;
          }
          stats.failed += 1;
          throw new Error(`no answer: ${error.message}`, { cause: error });
        }
        if (res.status >= 500) {
          stats.server5xx += 1;
          throw new Error(`${res.status} ${res.text.slice(0, 200)}`);
        }
        if (res.status < 400) stats.ok2xx += 1;
        else stats.refused4xx += 1;
        const problems = [];
        if (c.kind === 'oversize' && res.status !== 413)
          problems.push(`oversized body answered ${res.status}, not 413`);
        const prototypeKey = c.kind === 'unknown-field' && c.name === '__proto__';
        if (prototypeKey && res.status < 400) quirks.add(`${op.key}: a "__proto__" key is ignored, not refused`);
        if (['wrong-type', 'missing', 'unknown-field'].includes(c.kind) && res.status < 400 && !prototypeKey)
          problems.push(`${c.kind} accepted with ${res.status}`);
        if (
          res.status === 400 &&
          res.body?.code === 'VALIDATION_FAILED' &&
          request.field &&
          baseValid &&
          !prototypeKey
        ) {
          const named = (res.body.errors ?? []).map((e) => e.field);
          const at = (f) => f === request.field || f.startsWith(`${request.field}.`);
          if (!named.some(at)) problems.push(`400 names ${JSON.stringify(named)}, not "${request.field}"`);
        }
        // 431 and 414 come from Node's HTTP parser (a URL over 16 KB) before the application.
        const answeredByNode = [414, 431].includes(res.status);
        if (
          res.status >= 400 &&
          !answeredByNode &&
          !(res.body && typeof res.body.code === 'string' && typeof res.body.message === 'string')
        )
          quirks.add(`${op.key}: ${c.kind} answered ${res.status} without the error body`);
        if (MUTATING.has(op.method) || res.status < 400) {
          const after = await checksums();
          if (res.status >= 400) {
            const changed = [...after].filter(([t, sum]) => baseline.get(t) !== sum).map(([t]) => t);
            if (changed.length) problems.push(`refused with ${res.status} yet changed ${changed.join(', ')}`);
          }
          baseline = after;
        }
        if (problems.length) {
          stats.failed += 1;
          throw new Error(`${problems.join('; ')} — answer ${res.status} ${res.text.slice(0, 160)}`);
        }
        return true;
      });
      // Whether the plausible request passes validation: only then must a refusal name the mutated field.
      const base = build({ kind: 'plausible' });
      const baseAnswer = await send({
        port,
        method: op.method,
        path: base.path,
        headers: base.headers,
        body: base.body,
      });
      const baseValid = !(baseAnswer.status === 400 && baseAnswer.body?.code === 'VALIDATION_FAILED');
      baseline = await checksums();
      const routeSeed = (seed + index * 7919) | 0;
      const result = await fc.check(property, { seed: routeSeed, numRuns: runsPerRoute, endOnFailure: true });
      if (result.failed) {
        failures.push(
          `${op.key} (fast-check seed ${routeSeed}, path "${result.counterexamplePath}"): ${result.errorInstance?.message ?? result.error} — case ${JSON.stringify(result.counterexample?.[0])?.slice(0, 300)}`,
        );
      }
      perRoute.push([op.key, stats.cases, stats.ok2xx, stats.refused4xx, stats.server5xx, result.failed ? '✗' : '✓']);
    }
    const totalCases = perRoute.reduce((n, r) => n + r[1], 0);
    part.figure('fuzz cases', totalCases);
    part.figure('routes fuzzed', perRoute.length);
    part.table(
      `Fuzz cases per route (seed ${seed}; a route's own seed is seed + index × 7919)`,
      ['route', 'cases', '2xx', '4xx', '5xx', 'property'],
      perRoute,
    );
    for (const f of failures) part.note(`fuzz failure: ${f}`);
    for (const q of [...quirks].slice(0, 12)) part.note(`minor: ${q}`);
    part.check(
      `every route held: never 5xx, a rejected body names its field, nothing stored from a refusal (${totalCases} cases over ${perRoute.length} routes)`,
      failures.length === 0,
      `${failures.length} routes failed`,
    );

    // The H5 app's static files: no way out of its folder.
    const traversal = [
      '/../../../../etc/passwd',
      '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '/js/..%2f..%2f..%2f..%2fpackage.json',
      '/..%5c..%5cpackage.json',
      '/%00',
      '/index.html%00.json',
    ];
    const leaked = [];
    for (const path of traversal) {
      const res = await send({ port, path });
      if (res.status >= 500 || /root:|"name":\s*"@?hulei|"dependencies"/.test(res.text))
        leaked.push(`${path} → ${res.status}`);
    }
    part.check(
      'path traversal against the H5 files finds nothing outside them',
      leaked.length === 0,
      leaked.join(', ') || `${traversal.length} paths tried`,
    );

    await bruteForce(part, { port, db });
    await receiptGuessing(part, { port, db });
    await crossCounty(part, { port, db, stack, helpIds, tokens });
  } finally {
    await db.end();
    await server.stop();
    await providers.close();
  }
  return part.end();
}

/** Many wrong passwords at once, then the right one: the lock must hold from the fifth failure. */
async function bruteForce(part, { port, db }) {
  const phone = '13800000002';
  const attempts = await Promise.all(
    Array.from({ length: 40 }, (_, i) =>
      send({
        port,
        method: 'POST',
        path: '/api/auth/login',
        headers: { 'X-Forwarded-For': address(8_000_000 + i) },
        body: { phone, password: `Wrong${i}pass` },
      }),
    ),
  );
  const checked = attempts.filter((r) => r.status === 401).length;
  const locked = attempts.filter((r) => r.status === 429).length;
  const right = await send({ port, method: 'POST', path: '/api/auth/login', body: { phone, password: 'Hulei@2026' } });
  const [[audited]] = await db.query(
    "SELECT COUNT(*) AS n FROM audit_event WHERE action IN ('login_failed', 'login_locked') AND (subject_id IS NULL OR subject_id IN (SELECT id FROM account WHERE phone = ?))",
    [phone],
  );
  part.figure('brute force: passwords checked', checked);
  part.check(
    '40 wrong passwords at once: no more than 5 are checked before the lock',
    checked <= 5,
    `${checked} checked (401), ${locked} locked out (429)`,
  );
  part.check(
    'the right password after the burst is refused while the lock holds',
    right.status === 429,
    `${right.status}`,
  );
  part.check('every attempt is in the audit trail', Number(audited.n) >= 41, `${audited.n} audit rows`);
}

/** Random receipt codes from one address: 30 an hour are looked up (and audited), then 429. */
async function receiptGuessing(part, { port, db }) {
  const [[before]] = await db.query("SELECT COUNT(*) AS n FROM audit_event WHERE action = 'receipt_lookup_failed'");
  const guesses = await Promise.all(
    Array.from({ length: 45 }, () =>
      send({
        port,
        method: 'POST',
        path: '/api/help-requests/lookup',
        headers: { 'X-Forwarded-For': address(9_000_001) },
        body: { receiptCode: String(Math.floor(random16())).padStart(16, '0') },
      }),
    ),
  );
  const [[after]] = await db.query("SELECT COUNT(*) AS n FROM audit_event WHERE action = 'receipt_lookup_failed'");
  const looked = guesses.filter((r) => r.status === 404).length;
  const limited = guesses.filter((r) => r.status === 429).length;
  part.check(
    'receipt guessing: 30 an hour per address, then 429',
    looked === 30 && limited === 15,
    `${looked} answered 404, ${limited} refused 429`,
  );
  part.check(
    'each wrong guess is audited',
    Number(after.n) - Number(before.n) === looked,
    `${Number(after.n) - Number(before.n)} audit rows for ${looked} guesses`,
  );
}

function random16() {
  return Math.random() * 1e16;
}

/** A county account of 辰溪县 (431223), made through the server's own service. */
function createAccount(stack, account) {
  const script = `
    require('reflect-metadata');
    const { NestFactory } = require('@nestjs/core');
    const { AppModule } = require('./dist/app.module');
    const { loadConfig } = require('./dist/common/config/config');
    const { AccountsService } = require('./dist/identity/accounts.service');
    (async () => {
      const app = await NestFactory.createApplicationContext(AppModule.forRoot({ ...loadConfig(), logLevel: 'warn', schedulers: false }), { logger: ['error'] });
      await app.get(AccountsService).ensureAccount(${JSON.stringify(account)});
      await app.close();
    })().catch((e) => { console.error(e); process.exit(1); });`;
  const result = spawnSync(process.execPath, ['-e', script], {
    cwd: serverDir,
    env: { ...process.env, ...stack.env },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`creating an account failed: ${result.stderr}`);
}

/** 辰溪县's county token against 沅陵县's records and regions: 404 everywhere, nothing in lists. */
async function crossCounty(part, { port, helpIds, tokens, stack }) {
  createAccount(stack, {
    phone: '13700000223',
    name: '辰溪县妇联',
    role: 'federation_county',
    regionCode: '431223',
    password: 'Chenxi2026x',
  });
  const other = await login(port, '13700000223', 'Chenxi2026x');
  const auth = { Authorization: `Bearer ${other}` };
  // The county's own view of 沅陵县's records, to replay them.
  const accounts = await send({
    port,
    path: '/api/identity/accounts?pageSize=100',
    headers: { Authorization: `Bearer ${tokens.county}` },
  });
  const accountIds = accounts.body.items.map((a) => a.id);
  const probes = [];
  for (const id of helpIds) {
    probes.push(['GET', `/api/cadre/help-requests/${id}`]);
    for (const action of ['acknowledge', 'messages', 'status', 'referrals', 'police-report', 'close', 'closure-review'])
      probes.push(['POST', `/api/cadre/help-requests/${id}/${action}`]);
  }
  for (const id of accountIds) {
    probes.push(['GET', `/api/identity/accounts/${id}`]);
    probes.push(['POST', `/api/identity/accounts/${id}/disable`]);
    probes.push(['POST', `/api/identity/accounts/${id}/enable`]);
  }
  for (const path of [
    '/api/cadre/screening/villages/431222114200/households',
    '/api/cadre/screening/villages/431222114200/grids',
    '/api/cadre/screening/coverage?regionCode=431222',
    '/api/cadre/screening/unvisited?regionCode=431222114200',
    '/api/cadre/reports/431222/2026-10',
    '/api/cadre/reports/431222114/2026-10/details',
    '/api/cadre/reports/431222/2026-10/export',
    '/api/cadre/dashboards/431222',
    '/api/cadre/care/records/export?regionCode=431222',
  ])
    probes.push(['GET', path]);
  probes.push(['PUT', '/api/cadre/screening/campaigns/431222/2026']);
  probes.push(['POST', '/api/cadre/screening/villages/431222114200/grids']);
  const wrong = [];
  for (const [method, path] of probes) {
    const res = await send({ port, method, path, headers: auth, body: method === 'GET' ? undefined : {} });
    // A body this empty may be refused (400) before the record is looked up: that says nothing
    // either. What must never come back: the record, a 403 (it would confirm it exists) or a 5xx.
    if (![400, 404].includes(res.status)) wrong.push(`${method} ${path} → ${res.status}`);
  }
  const notFound = [];
  for (const [method, path] of probes.filter(([m, p]) => m === 'POST' && /help-requests/.test(p))) {
    const body = path.endsWith('/messages')
      ? { body: note() }
      : path.endsWith('/status')
        ? { status: 'in_progress' }
        : undefined;
    const res = await send({ port, method, path, headers: auth, body });
    if (body && res.status !== 404) notFound.push(`${method} ${path} → ${res.status}`);
  }
  const list = await send({ port, path: '/api/cadre/help-requests?pageSize=100', headers: auth });
  const listedOthers = list.body.items.filter((i) => helpIds.includes(i.id)).length;
  part.figure('cross-county probes', probes.length);
  part.check(
    '辰溪县’s token against 沅陵县’s records and regions: never shown, never 403, never 5xx',
    wrong.length === 0 && notFound.length === 0,
    `${probes.length} probes; ${[...wrong, ...notFound].slice(0, 5).join(', ') || 'all 404 (or 400 for an empty body)'}`,
  );
  part.check(
    '沅陵县’s requests are not in 辰溪县’s inbox',
    list.status === 200 && listedOthers === 0,
    `${list.body.items.length} listed, ${listedOthers} of 沅陵`,
  );
}
