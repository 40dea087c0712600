// Part 3 — two instances. Two server processes behind a round-robin balancer, one MariaDB, Redis
// for the rate limits. A soak of mixed traffic (children submitting and looking up, cadres
// reading, replying and acknowledging, quizzes, lessons, regions) while deadlines fall due. p95
// per route, 0 errors, clocks exactly once across both, and one quota per client across both.
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { helpBody } from './lib/help-client.mjs';
import { address, login, NetworkError, pool, send, sleep } from './lib/http.mjs';
import { note, receipt } from './lib/markers.mjs';
import { startBalancer } from './lib/net.mjs';
import { Part } from './lib/report.mjs';
import { createStack, REDIS_URL, ServerProcess, startProviders } from './lib/stack.mjs';
import { percentile, fmt } from '../bench/lib.mjs';
import { acknowledgementEffects } from './lib/effects.mjs';

const SLA = {
  helpRequest: {
    acknowledgeMinutes: { urgent: 0.15, normal: 0.25 },
    warningBeforeMinutes: { urgent: 0.05, normal: 0.1 },
    policeReportMinutes: 0.25,
    policeReportWarningBeforeMinutes: 0.1,
  },
};
const AUDIENCES = ['child_6_8', 'child_9_12', 'child_13_17', 'parent'];
const bearer = (token) => ({ Authorization: `Bearer ${token}` });

export async function twoInstances({ seconds, random }) {
  const part = new Part(`3. Two instances: a ${seconds} s soak behind a round-robin balancer`);
  const stack = await createStack('two');
  const providers = await startProviders();
  const env = { ...providers.env, REDIS_URL, HULEI_SLA_POLICY: JSON.stringify(SLA), HULEI_POLL_MS: '200' };
  const servers = [new ServerProcess({ name: 'two-a', stack, env }), new ServerProcess({ name: 'two-b', stack, env })];
  await Promise.all(servers.map((s) => s.start()));
  const balancer = await startBalancer({ targetPorts: servers.map((s) => s.port) });
  const port = balancer.port;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  const db = await stack.connect();
  try {
    const [villageRows] = await db.query(
      "SELECT code FROM region WHERE parent_code = '431222114' AND level = 'village'",
    );
    const villages = villageRows.map((r) => r.code);
    const tokens = {
      chair: await login(port, '13800000001'),
      chair2: await login(port, '13800000002'),
      town: await login(port, '13800000003'),
      county: await login(port, '13800000004'),
    };

    // Rate limits are one quota across both instances: 25 submissions from one address, each on a
    // new connection (so they alternate between the instances), get 20 answers and 5 refusals.
    const before = { ...balancer.stats.perTarget };
    const statuses = [];
    for (let i = 0; i < 25; i += 1) {
      const res = await send({
        port,
        method: 'POST',
        path: '/api/help-requests',
        headers: { 'Idempotency-Key': randomUUID(), 'X-Forwarded-For': address(7_000_001) },
        body: helpBody(villages[0], random),
      });
      statuses.push(res.status);
      if (res.status === 201) receipt(res.body.receiptCode);
    }
    const spread = Object.entries(balancer.stats.perTarget).map(([p, n]) => n - before[p]);
    const accepted = statuses.filter((s) => s === 201).length;
    part.check(
      'one client cannot double its quota by using both instances (help_submit: 20 per 10 min)',
      accepted === 20 && statuses.filter((s) => s === 429).length === 5 && spread.every((n) => n >= 10),
      `${accepted} accepted, ${statuses.filter((s) => s === 429).length} refused (429), requests per instance ${spread.join(' / ')}`,
    );
    const lookupStatuses = await Promise.all(
      Array.from({ length: 34 }, () =>
        send({
          port,
          method: 'POST',
          path: '/api/help-requests/lookup',
          headers: { 'X-Forwarded-For': address(7_000_002) },
          body: { receiptCode: '0000000000000000' },
        }).then(
          (res) => res.status,
          () => 0,
        ),
      ),
    );
    part.check(
      'receipt lookups share one quota across both instances (30 an hour)',
      lookupStatuses.filter((s) => s === 404).length === 30 && lookupStatuses.filter((s) => s === 429).length === 4,
      `${lookupStatuses.filter((s) => s === 404).length} looked up (404), ${lookupStatuses.filter((s) => s === 429).length} refused`,
    );

    // The soak: open-loop arrivals per operation, whatever the answers take.
    const receipts = [];
    const inboxIds = [];
    const acknowledged = new Set();
    let addressNo = 1;
    const samples = new Map();
    const errors = [];
    const record = (route, res, expected) => {
      const list = samples.get(route) ?? [];
      list.push(res.ms);
      samples.set(route, list);
      if (!expected.includes(res.status)) errors.push(`${route} → ${res.status} ${res.text.slice(0, 100)}`);
    };
    let getRetries = 0;
    const call = async (route, expected, options, retried = false) => {
      try {
        const res = await send({ port, agent, ...options });
        record(route, res, expected);
        return res;
      } catch (error) {
        if (!(error instanceof NetworkError)) throw error;
        // A GET that met a closing keep-alive socket is repeated once, as the mini-program does.
        if (!retried && !options.method) {
          getRetries += 1;
          return call(route, expected, options, true);
        }
        errors.push(`${route} → ${error.message}`);
        return null;
      }
    };
    const pick = (list) => list[Math.floor(random() * list.length)];
    const operations = [
      {
        perSecond: 3,
        run: async () => {
          const res = await call('POST /api/help-requests', [201], {
            method: 'POST',
            path: '/api/help-requests',
            headers: { 'Idempotency-Key': randomUUID(), 'X-Forwarded-For': address(addressNo++) },
            body: helpBody(pick(villages), random),
          });
          if (res?.status === 201) {
            receipts.push(res.body.receiptCode);
            receipt(res.body.receiptCode);
          }
        },
      },
      {
        perSecond: 1,
        run: async () => {
          if (receipts.length === 0) return;
          await call('POST /api/help-requests/lookup', [200], {
            method: 'POST',
            path: '/api/help-requests/lookup',
            headers: { 'X-Forwarded-For': address(addressNo++) },
            body: { receiptCode: pick(receipts) },
          });
        },
      },
      {
        perSecond: 0.5,
        run: async () => {
          if (receipts.length === 0) return;
          await call('POST /api/help-requests/lookup/messages', [201], {
            method: 'POST',
            path: '/api/help-requests/lookup/messages',
            headers: { 'X-Forwarded-For': address(addressNo++) },
            body: { receiptCode: pick(receipts), body: note('谢谢阿姨，我现在安全了') },
          });
        },
      },
      {
        perSecond: 3,
        run: async () => {
          const who = pick(['chair', 'chair2', 'town', 'town', 'county']);
          const res = await call('GET /api/cadre/help-requests', [200], {
            path: `/api/cadre/help-requests?page=1&pageSize=20`,
            headers: bearer(tokens[who]),
          });
          if (who === 'town' && res?.status === 200)
            for (const item of res.body.items) if (!inboxIds.includes(item.id)) inboxIds.push(item.id);
        },
      },
      {
        perSecond: 3,
        run: async () => {
          if (inboxIds.length === 0) return;
          await call('GET /api/cadre/help-requests/:id', [200], {
            path: `/api/cadre/help-requests/${pick(inboxIds)}`,
            headers: bearer(tokens.town),
          });
        },
      },
      {
        perSecond: 1,
        run: async () => {
          if (inboxIds.length === 0) return;
          await call('POST /api/cadre/help-requests/:id/messages', [201], {
            method: 'POST',
            path: `/api/cadre/help-requests/${pick(inboxIds)}/messages`,
            headers: bearer(tokens.town),
            body: { body: note() },
          });
        },
      },
      {
        perSecond: 1,
        run: async () => {
          const id = inboxIds.find((i) => !acknowledged.has(i) && random() < 0.3);
          if (!id) return;
          acknowledged.add(id);
          // 409 when the request was acknowledged already (a deadline or another cadre got there first).
          await call('POST /api/cadre/help-requests/:id/acknowledge', [200, 201, 409], {
            method: 'POST',
            path: `/api/cadre/help-requests/${id}/acknowledge`,
            headers: bearer(tokens.town),
          });
        },
      },
      {
        perSecond: 2,
        run: async () => {
          const started = await call('POST /api/quizzes/attempts', [201], {
            method: 'POST',
            path: '/api/quizzes/attempts',
            headers: { 'X-Forwarded-For': address(addressNo++) },
            body: { audience: pick(AUDIENCES), regionCode: pick(villages) },
          });
          if (started?.status !== 201) return;
          await call('POST /api/quizzes/attempts/:id/submission', [201], {
            method: 'POST',
            path: `/api/quizzes/attempts/${started.body.attemptId}/submission`,
            headers: { 'X-Forwarded-For': address(addressNo++) },
            body: {
              answers: started.body.questions.map((q) => ({ questionId: q.id, optionKeys: [q.options[0].key] })),
            },
          });
        },
      },
      {
        perSecond: 2,
        run: () => call('GET /api/content', [200], { path: `/api/content?audience=${pick(AUDIENCES)}&pageSize=10` }),
      },
      {
        perSecond: 1,
        run: () => call('GET /api/regions/:code/children', [200], { path: '/api/regions/431222114/children' }),
      },
    ];
    const soakStarted = Date.now();
    const inFlight = [];
    await Promise.all(
      operations.map(async (op) => {
        for (let i = 0; ; i += 1) {
          // Poisson arrivals: independent users do not wait for each other.
          const due = i === 0 ? soakStarted : undefined;
          if (due === undefined) await sleep((-Math.log(1 - random()) / op.perSecond) * 1000);
          if (Date.now() - soakStarted > seconds * 1000) return;
          inFlight.push(op.run());
        }
      }),
    );
    await Promise.all(inFlight);
    const rows = [...samples]
      .map(([route, list]) => {
        list.sort((a, b) => a - b);
        return [route, list.length, fmt(percentile(list, 50)), fmt(percentile(list, 95)), fmt(percentile(list, 99))];
      })
      .sort((a, b) => a[0].localeCompare(b[0]));
    part.table(
      `Latency per route over ${seconds} s (ms, through the balancer)`,
      ['route', 'requests', 'p50', 'p95', 'p99'],
      rows,
    );
    part.figure('p95', Object.fromEntries(rows.map((r) => [r[0], Number(r[3])])));
    const total = rows.reduce((n, r) => n + r[1], 0);
    part.figure('soak requests', total);
    part.figure('GETs repeated', getRetries);
    part.check(
      '0 errors in the soak (no 5xx, no reset, no unexpected answer)',
      errors.length === 0,
      `${total} requests, ${errors.length} errors ${errors.slice(0, 3).join(' | ')} (GETs repeated after a reset: ${getRetries})`,
    );

    // Settle: the county acknowledges what is left, then every deadline and reminder is done.
    for (let round = 0; round < 30; round += 1) {
      const res = await send({
        port,
        path: '/api/cadre/help-requests?status=submitted&pageSize=100',
        headers: bearer(tokens.county),
      });
      if (res.body.items.length === 0) break;
      await pool(res.body.items.length, 4, (i) =>
        send({
          port,
          method: 'POST',
          path: `/api/cadre/help-requests/${res.body.items[i].id}/acknowledge`,
          headers: bearer(tokens.county),
        }),
      );
    }
    const settleStarted = Date.now();
    for (;;) {
      const [[open]] = await db.query(
        "SELECT (SELECT COUNT(*) FROM clock WHERE state = 'pending' AND (subject_type = 'help_request' OR due_at <= ?)) + (SELECT COUNT(*) FROM notification WHERE state IN ('pending', 'sending')) AS n",
        [new Date()],
      );
      if (Number(open.n) === 0 || Date.now() - settleStarted > 90_000) break;
      await sleep(500);
    }

    const [byInstance] = await db.query(
      "SELECT fired_by, COUNT(*) AS n FROM clock WHERE state = 'fired' GROUP BY fired_by",
    );
    const { twice, without } = await acknowledgementEffects(db);
    const firedTotal = byInstance.reduce((n, r) => n + Number(r.n), 0);
    const [[pending]] = await db.query(
      "SELECT COUNT(*) AS n FROM clock WHERE state IN ('pending', 'failed') AND (subject_type = 'help_request' OR due_at <= ?)",
      [new Date()],
    );
    part.figure('clocks fired', firedTotal);
    part.check(
      'both instances fired clocks',
      byInstance.length === 2,
      byInstance.map((r) => `${r.fired_by.split(':').slice(1, 2)}: ${r.n}`).join(', '),
    );
    part.check(
      'every due clock fired exactly once (one effect per fired deadline)',
      twice === 0 && without === 0 && Number(pending.n) === 0 && firedTotal > 0,
      `${firedTotal} fired, ${twice} with a second effect, ${without} without, ${pending.n} left due or failed`,
    );
    const [outbox] = await db.query('SELECT id, state, channel, attempts FROM notification');
    const deliveries = new Map();
    for (const m of providers.sms.sent) deliveries.set(m.sessionContext, (deliveries.get(m.sessionContext) ?? 0) + 1);
    const smsRows = outbox.filter((r) => r.channel === 'sms');
    part.figure('notifications', outbox.length);
    const smsTwice = smsRows.filter((r) => deliveries.get(r.id) > 1);
    const retried = smsRows.filter((r) => r.attempts > 1);
    part.figure('sent twice', smsTwice.length);
    part.check(
      'every reminder sent by one of the two, once — twice only if a first send timed out after the provider took it',
      outbox.every((r) => r.state === 'sent') &&
        smsRows.every((r) => deliveries.get(r.id) >= 1) &&
        smsTwice.every((r) => r.attempts > 1) &&
        providers.sms.sent.length === smsRows.length + smsTwice.reduce((n, r) => n + deliveries.get(r.id) - 1, 0),
      `${outbox.length} in the outbox, ${providers.sms.sent.length} SMS accepted; ${retried.length} needed a second attempt, ${smsTwice.length} went twice`,
    );
    const [[stored]] = await db.query('SELECT COUNT(*) AS n FROM help_request');
    part.check(
      'every accepted submission stored once',
      Number(stored.n) === receipts.length + accepted,
      `${stored.n} stored, ${receipts.length + accepted} accepted`,
    );
  } finally {
    agent.destroy();
    await db.end();
    await balancer.close();
    await Promise.all(servers.map((s) => s.stop()));
    await providers.close();
  }
  return part.end();
}
