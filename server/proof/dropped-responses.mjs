// Part 1 — dropped responses. The real server on MariaDB behind a proxy that throws away 30 % of
// answers after the server gave them and cuts 5 % of connections mid-request. N requests go in
// with the mini-program's retries; afterwards exactly N are stored, none twice, every receipt
// code looks up, and every request sits in the right village's inbox.
import { submitUntilAnswered, helpBody } from './lib/help-client.mjs';
import { address, login, pool, send } from './lib/http.mjs';
import { receipt } from './lib/markers.mjs';
import { startFlakyProxy } from './lib/net.mjs';
import { Part } from './lib/report.mjs';
import { createStack, ServerProcess } from './lib/stack.mjs';

const TOWN = '431222114';
const CHAIRS = { 431222114200: '13800000001', 431222114203: '13800000002' };

/** Every page of a cadre's inbox. */
async function inbox(port, token) {
  const items = [];
  for (let page = 1; ; page += 1) {
    const res = await send({
      port,
      path: `/api/cadre/help-requests?page=${page}&pageSize=100`,
      headers: { Authorization: `Bearer ${token}` },
    });
    if (res.status !== 200) throw new Error(`inbox page ${page}: ${res.status} ${res.text}`);
    items.push(...res.body.items);
    if (items.length >= res.body.total || res.body.items.length === 0) return items;
  }
}

export async function droppedResponses({ count, random, concurrency = 24 }) {
  const part = new Part(`1. Dropped responses: ${count.toLocaleString()} help requests through a flaky network`);
  const stack = await createStack('dropped');
  const server = await new ServerProcess({ name: 'dropped', stack }).start();
  const proxy = await startFlakyProxy({ targetPort: server.port, dropResponses: 0.3, cutRequests: 0.05, random });
  const db = await stack.connect();
  try {
    const [villageRows] = await db.query("SELECT code FROM region WHERE parent_code = ? AND level = 'village'", [TOWN]);
    const villages = villageRows.map((r) => r.code);
    // A third of the requests go to the two villages with a chair, the rest anywhere in the town.
    const villageFor = () =>
      random() < 0.33
        ? Object.keys(CHAIRS)[Math.floor(random() * 2)]
        : villages[Math.floor(random() * villages.length)];

    const outcomes = new Array(count);
    const started = Date.now();
    await pool(count, concurrency, async (i) => {
      outcomes[i] = await submitUntilAnswered({
        port: proxy.port,
        body: helpBody(villageFor(), random),
        forwardedFor: address(i + 1),
        random,
      });
    });
    const seconds = (Date.now() - started) / 1000;
    const answered = outcomes.filter((o) => o.answer?.status === 201);
    for (const o of answered) receipt(o.answer.body.receiptCode);
    const attempts = outcomes.reduce((n, o) => n + o.attempts, 0);
    const serverErrors = outcomes.flatMap((o) => o.serverErrors);
    const otherAnswers = outcomes.filter((o) => o.answer && o.answer.status !== 201);
    part.table(
      'The flaky network',
      ['requests', 'attempts', 'connections', 'answers dropped', 'requests cut', 'passed', 'seconds'],
      [
        [
          count,
          attempts,
          proxy.stats.connections,
          proxy.stats.dropped,
          proxy.stats.cut,
          proxy.stats.passed,
          seconds.toFixed(1),
        ],
      ],
    );
    part.figure('sent', count);
    part.figure('attempts', attempts);
    part.figure('dropped', proxy.stats.dropped);
    part.figure('cut', proxy.stats.cut);
    part.check('every request got its 201 in the end', answered.length === count, `${answered.length} of ${count}`);
    part.check('no 5xx on the way', serverErrors.length === 0, serverErrors.slice(0, 5).join(', ') || '0');
    part.check(
      'no other answer than 201',
      otherAnswers.length === 0,
      otherAnswers
        .slice(0, 3)
        .map((o) => `${o.answer.status} ${o.answer.text.slice(0, 120)}`)
        .join(' | ') || '0',
    );
    part.check(
      'the network did its worst',
      proxy.stats.dropped > count * 0.15 && proxy.stats.cut > 0,
      `${proxy.stats.dropped} answers dropped, ${proxy.stats.cut} requests cut`,
    );

    // Give a cut request's server side time to notice the dead socket before counting.
    await new Promise((r) => setTimeout(r, 1000));
    const [[stored]] = await db.query('SELECT COUNT(*) AS n FROM help_request');
    const [[keys]] = await db.query("SELECT COUNT(*) AS n FROM idempotency_record WHERE operation = 'help_request'");
    part.figure('stored', Number(stored.n));
    part.check('exactly N requests stored', Number(stored.n) === count, `${stored.n} stored, ${count} sent`);
    part.check('one idempotency record per request', Number(keys.n) === count, `${keys.n}`);

    // The same key and body again gives the same answer; the same key with another body, 422.
    const sample = answered.filter((_, i) => i % 10 === 0);
    let sameAnswer = 0;
    let refused = 0;
    await pool(sample.length, 8, async (i) => {
      const o = sample[i];
      const again = await send({
        port: server.port,
        method: 'POST',
        path: '/api/help-requests',
        headers: { 'Idempotency-Key': o.key, 'X-Forwarded-For': address(count + 1 + i) },
        body: o.body,
      });
      if (again.status === 201 && again.body.receiptCode === o.answer.body.receiptCode) sameAnswer += 1;
      const other = await send({
        port: server.port,
        method: 'POST',
        path: '/api/help-requests',
        headers: { 'Idempotency-Key': o.key, 'X-Forwarded-For': address(count + 1 + i) },
        body: { ...o.body, urgency: o.body.urgency === 'urgent' ? 'normal' : 'urgent' },
      });
      if (other.status === 422) refused += 1;
    });
    part.check(
      'a retry after success replays the same receipt code',
      sameAnswer === sample.length,
      `${sameAnswer} of ${sample.length}`,
    );
    part.check(
      'the same key with another body is refused (422)',
      refused === sample.length,
      `${refused} of ${sample.length}`,
    );
    const [[afterReplay]] = await db.query('SELECT COUNT(*) AS n FROM help_request');
    part.check('replays stored nothing', Number(afterReplay.n) === count, `${afterReplay.n}`);

    // Every receipt code looks up, and says what was sent.
    let lookedUp = 0;
    const lookupFailures = [];
    await pool(answered.length, 8, async (i) => {
      const o = answered[i];
      const res = await send({
        port: server.port,
        method: 'POST',
        path: '/api/help-requests/lookup',
        headers: { 'X-Forwarded-For': address(2 * count + 1 + i) },
        body: { receiptCode: o.answer.body.receiptCode },
      });
      if (res.status === 200 && res.body.category === o.body.category) lookedUp += 1;
      else if (lookupFailures.length < 5) lookupFailures.push(`${res.status} ${res.text.slice(0, 80)}`);
    });
    part.check(
      'every receipt code looks up',
      lookedUp === count,
      `${lookedUp} of ${count} ${lookupFailures.join(' | ')}`,
    );

    // Inboxes: each chair sees exactly her village's requests; the town sees all of them, with the
    // villages that have no chair handled by the town itself. Details carry the child's words.
    const byMarker = new Map(answered.map((o) => [o.body.description.match(/PRF[A-Z]{10}/)[0], o]));
    const townToken = await login(server.port, '13800000003');
    const townItems = await inbox(server.port, townToken);
    const seen = new Map();
    let wrongVillage = 0;
    let wrongLevel = 0;
    await pool(townItems.length, 8, async (i) => {
      const item = townItems[i];
      const res = await send({
        port: server.port,
        path: `/api/cadre/help-requests/${item.id}`,
        headers: { Authorization: `Bearer ${townToken}` },
      });
      const mark = res.body?.description?.match(/PRF[A-Z]{10}/)?.[0];
      seen.set(mark, (seen.get(mark) ?? 0) + 1);
      const o = byMarker.get(mark);
      if (!o || o.body.regionCode !== item.regionCode) wrongVillage += 1;
      const expectedLevel = CHAIRS[item.regionCode] ? 'village' : 'town';
      if (item.handlingLevel !== expectedLevel) wrongLevel += 1;
    });
    const duplicates = [...seen.values()].filter((n) => n > 1).length;
    const missing = [...byMarker.keys()].filter((m) => !seen.has(m)).length;
    part.figure('duplicates', duplicates);
    part.check(
      'the town inbox holds every request once',
      townItems.length === count && missing === 0,
      `${townItems.length} listed, ${missing} missing`,
    );
    part.check('0 duplicates (each child’s words stored once)', duplicates === 0, `${duplicates}`);
    part.check('each request is in the village it was sent for', wrongVillage === 0, `${wrongVillage} wrong`);
    part.check(
      'each request is handled at the right level (village chair, else the town)',
      wrongLevel === 0,
      `${wrongLevel} wrong`,
    );
    for (const [village, phoneNumber] of Object.entries(CHAIRS)) {
      const items = await inbox(server.port, await login(server.port, phoneNumber));
      const expected = answered.filter((o) => o.body.regionCode === village).length;
      const foreign = items.filter((item) => item.regionCode !== village).length;
      part.check(
        `the chair of ${village} sees exactly her village’s requests`,
        items.length === expected && foreign === 0,
        `${items.length} listed, ${expected} sent, ${foreign} from elsewhere`,
      );
    }
    part.note('retries keep the Idempotency-Key and body, backing off 0.5 s × 2ⁿ with jitter as the mini-program does');
  } finally {
    await db.end();
    await proxy.close();
    await server.stop();
  }
  return part.end();
}
