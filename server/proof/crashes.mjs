// Part 2 — crashes. kill -9 the server at random moments while children submit, clocks fall due
// and reminders go out, restarting it each time. Afterwards: no request a client was told about is
// lost or stored twice, every due clock fired exactly once, every reminder reached the (fake)
// provider, and any reminder that went twice is accounted for by a kill that landed between the
// provider's acceptance and the outbox row being marked sent.
import { submitUntilAnswered, helpBody } from './lib/help-client.mjs';
import { address, login, NetworkError, pool, send, sleep } from './lib/http.mjs';
import { note, receipt } from './lib/markers.mjs';
import { Part } from './lib/report.mjs';
import { createStack, ServerProcess, startProviders } from './lib/stack.mjs';
import { acknowledgementEffects } from './lib/effects.mjs';

// Seconds-long deadlines: a request climbs village → town → county → city within the run.
const SLA = {
  helpRequest: {
    acknowledgeMinutes: { urgent: 0.1, normal: 0.15 },
    warningBeforeMinutes: { urgent: 0.05, normal: 0.05 },
    policeReportMinutes: 0.2,
    policeReportWarningBeforeMinutes: 0.1,
  },
};
// The provider takes this long to answer after accepting: the window in which a kill makes a resend.
const PROVIDER_DELAY_MS = 150;

const bearer = (token) => ({ Authorization: `Bearer ${token}` });

async function tryQuietly(work) {
  try {
    return await work();
  } catch (error) {
    if (error instanceof NetworkError) return undefined;
    throw error;
  }
}

export async function crashes({ kills, loadSeconds, rate, random }) {
  const part = new Part(`2. Crashes: kill -9 ×${kills} during submissions, clock firing and sending`);
  const stack = await createStack('crashes');
  const providers = await startProviders({ delayMs: PROVIDER_DELAY_MS });
  const server = new ServerProcess({
    name: 'crashes',
    stack,
    env: { ...providers.env, HULEI_SLA_POLICY: JSON.stringify(SLA), HULEI_POLL_MS: '100' },
  });
  await server.start();
  const db = await stack.connect();
  const port = server.port;
  try {
    // The two villages with a chair and three the town answers for.
    const [villageRows] = await db.query(
      "SELECT code FROM region WHERE parent_code = '431222114' AND level = 'village' AND code NOT IN ('431222114200', '431222114203') ORDER BY code LIMIT 3",
    );
    const VILLAGES = ['431222114200', '431222114203', ...villageRows.map((r) => r.code)];
    // The village chair takes reminders in WeChat (long-term subscription); everyone else by SMS.
    const chair = await login(port, '13800000001');
    const wxLogin = providers.wechat.issueLoginCode();
    const bound = await send({
      port,
      method: 'POST',
      path: '/api/identity/me/wechat',
      headers: bearer(chair),
      body: { code: wxLogin.code },
    });
    const subscribed = await send({
      port,
      method: 'POST',
      path: '/api/notifications/subscription',
      headers: bearer(chair),
      body: { accepted: 0, longTerm: true },
    });
    if (bound.status !== 200 || subscribed.status !== 200)
      throw new Error(`wechat setup: ${bound.text} ${subscribed.text}`);
    const town = await login(port, '13800000003');
    const city = await login(port, '13800000005');

    // Submissions at `rate` a second; each retries through kills until it has its answer.
    const outcomes = [];
    let inFlight = 0;
    let loadDone = false;
    const loadStarted = Date.now();
    const load = (async () => {
      const pending = [];
      for (let i = 0; Date.now() - loadStarted < loadSeconds * 1000; i += 1) {
        const due = loadStarted + (i / rate) * 1000;
        if (due > Date.now()) await sleep(due - Date.now());
        inFlight += 1;
        pending.push(
          submitUntilAnswered({
            port,
            body: helpBody(VILLAGES[Math.floor(random() * VILLAGES.length)], random),
            forwardedFor: address(50_000 + i),
            random,
            maxAttempts: 30,
            capMs: 2000,
          }).then((o) => {
            inFlight -= 1;
            outcomes.push(o);
          }),
        );
      }
      await Promise.all(pending);
      loadDone = true;
    })();

    // The town acknowledges some requests as they come, and answers a few.
    const cadre = (async () => {
      while (!loadDone) {
        await sleep(1500);
        await tryQuietly(async () => {
          const res = await send({
            port,
            path: '/api/cadre/help-requests?status=submitted&pageSize=50',
            headers: bearer(town),
          });
          if (res.status !== 200) return;
          for (const item of res.body.items) {
            if (random() > 0.2) continue;
            await send({
              port,
              method: 'POST',
              path: `/api/cadre/help-requests/${item.id}/acknowledge`,
              headers: bearer(town),
            });
            if (random() < 0.5)
              await send({
                port,
                method: 'POST',
                path: `/api/cadre/help-requests/${item.id}/messages`,
                headers: bearer(town),
                body: { body: note() },
              });
          }
        });
      }
    })();

    // The kills: random moments in the first part of the load, at least 3 s apart.
    const killWindow = Math.max(6, loadSeconds - 65);
    const moments = Array.from({ length: kills }, () => 2 + random() * (killWindow - 2)).sort((a, b) => a - b);
    for (let i = 1; i < moments.length; i += 1) moments[i] = Math.max(moments[i], moments[i - 1] + 3);
    const killLog = [];
    const orphaned = new Set();
    for (const [n, at] of moments.entries()) {
      const wait = loadStarted + at * 1000 - Date.now();
      if (wait > 0) await sleep(wait);
      const held = providers.held();
      const submitting = inFlight;
      await server.kill9();
      const now = new Date();
      const [[dueClocks]] = await db.query("SELECT COUNT(*) AS n FROM clock WHERE state = 'pending' AND due_at <= ?", [
        now,
      ]);
      const [sending] = await db.query("SELECT id FROM notification WHERE state = 'sending'");
      for (const row of sending) orphaned.add(row.id);
      const down = 200 + Math.floor(random() * 1500);
      await sleep(down);
      const restartStarted = Date.now();
      await server.start();
      killLog.push([
        n + 1,
        `${at.toFixed(1)} s`,
        submitting,
        Number(dueClocks.n),
        sending.length,
        held,
        `${down} ms`,
        `${Date.now() - restartStarted} ms`,
      ]);
    }
    await load;
    await cadre;
    part.table(
      'Each kill: what was under way',
      [
        'kill',
        'at',
        'submissions in flight',
        'clocks due, unfired',
        'reminders leased',
        'provider answers in transit',
        'down',
        'restart',
      ],
      killLog,
    );

    // Quiesce: the city acknowledges what is left, then every clock and reminder settles
    // (a reminder leased by a killed process waits out its 60 s lease first).
    for (let round = 0; round < 20; round += 1) {
      const res = await send({
        port,
        path: '/api/cadre/help-requests?status=submitted&pageSize=100',
        headers: bearer(city),
      });
      if (res.body.items.length === 0) break;
      await pool(res.body.items.length, 4, (i) =>
        send({
          port,
          method: 'POST',
          path: `/api/cadre/help-requests/${res.body.items[i].id}/acknowledge`,
          headers: bearer(city),
        }),
      );
    }
    const settleStarted = Date.now();
    let open;
    for (;;) {
      const [[clocks]] = await db.query(
        "SELECT COUNT(*) AS n FROM clock WHERE state = 'pending' AND (subject_type = 'help_request' OR due_at <= ?)",
        [new Date()],
      );
      const [[outbox]] = await db.query("SELECT COUNT(*) AS n FROM notification WHERE state IN ('pending', 'sending')");
      open = { clocks: Number(clocks.n), outbox: Number(outbox.n) };
      if ((open.clocks === 0 && open.outbox === 0) || Date.now() - settleStarted > 150_000) break;
      await sleep(500);
    }
    part.note(`settled ${((Date.now() - settleStarted) / 1000).toFixed(0)} s after the load ended`);

    // Nothing a client was told about is lost, nothing stored twice.
    const answered = outcomes.filter((o) => o.answer?.status === 201);
    for (const o of answered) receipt(o.answer.body.receiptCode);
    const retriedThroughKill = outcomes.filter((o) => o.networkErrors > 0).length;
    const serverErrors = outcomes.flatMap((o) => o.serverErrors);
    const [[stored]] = await db.query('SELECT COUNT(*) AS n FROM help_request');
    part.figure('submitted', outcomes.length);
    part.figure('kills', server.kills);
    const unanswered = outcomes.filter((o) => o.answer?.status !== 201);
    part.check(
      'every submission got its 201',
      unanswered.length === 0,
      `${answered.length} of ${outcomes.length}, ${retriedThroughKill} retried through a kill; ${unanswered
        .slice(0, 3)
        .map((o) =>
          o.answer ? `${o.answer.status} ${o.answer.text.slice(0, 100)}` : `no answer after ${o.attempts} attempts`,
        )
        .join(' | ')}`,
    );
    part.check('no 5xx answered', serverErrors.length === 0, serverErrors.slice(0, 5).join(', ') || '0');
    part.check(
      'stored exactly what was answered (none lost, none twice)',
      Number(stored.n) === answered.length,
      `${stored.n} stored`,
    );
    let lookedUp = 0;
    await pool(answered.length, 8, async (i) => {
      const res = await send({
        port,
        method: 'POST',
        path: '/api/help-requests/lookup',
        headers: { 'X-Forwarded-For': address(90_000 + i) },
        body: { receiptCode: answered[i].answer.body.receiptCode },
      });
      if (res.status === 200) lookedUp += 1;
    });
    part.check(
      'every receipt code a client got looks up',
      lookedUp === answered.length,
      `${lookedUp} of ${answered.length}`,
    );
    part.check(
      `the server was killed ${kills} times and came back each time`,
      server.kills === kills && server.running,
      `${server.kills} kills, ${server.starts} starts`,
    );

    // Clocks: all fired or cancelled; each fired acknowledgement clock had exactly one effect.
    const [clockStates] = await db.query(
      'SELECT kind, state, COUNT(*) AS n FROM clock GROUP BY kind, state ORDER BY kind, state',
    );
    part.table(
      'Clocks at the end',
      ['kind', 'state', 'count'],
      clockStates.map((r) => [r.kind, r.state, Number(r.n)]),
    );
    part.check(
      'no clock left due and unfired, none failed',
      open.clocks === 0 && !clockStates.some((r) => r.state === 'failed'),
      `${open.clocks} due or help-request clocks pending (the monthly report clocks wait for their month)`,
    );
    const { fired: firedTotal, twice, without } = await acknowledgementEffects(db);
    const [[police]] = await db.query(
      "SELECT COUNT(*) AS n FROM clock WHERE kind = 'police_report' AND state = 'fired'",
    );
    const [[overdue]] = await db.query(
      "SELECT COUNT(*) AS n FROM help_request_event WHERE kind = 'police_report_overdue'",
    );
    part.figure('clocks fired', firedTotal + Number(police.n));
    part.check(
      'each fired acknowledgement deadline escalated (or reminded) exactly once',
      twice === 0 && without === 0 && firedTotal > 0,
      `${firedTotal} fired; ${twice} with a second effect, ${without} without one`,
    );
    part.check(
      'each fired 强制报告 deadline told the county exactly once',
      Number(police.n) === Number(overdue.n),
      `${police.n} fired, ${overdue.n} overdue events`,
    );

    // Reminders: every outbox row sent; the fakes count what they accepted.
    const [rows] = await db.query('SELECT id, account_id AS accountId, state, channel, attempts FROM notification');
    const unsent = rows.filter((r) => r.state !== 'sent');
    const smsRows = rows.filter((r) => r.channel === 'sms');
    const deliveries = new Map();
    for (const message of providers.sms.sent)
      deliveries.set(message.sessionContext, (deliveries.get(message.sessionContext) ?? 0) + 1);
    const smsLost = smsRows.filter((r) => !deliveries.has(r.id)).length;
    const smsTwice = [...deliveries].filter(([, n]) => n > 1).map(([id]) => id);
    const phantom = [...deliveries.keys()].filter((id) => !rows.some((r) => r.id === id)).length;
    const wechatRows = rows.filter((r) => r.channel === 'wechat').length;
    const wechatMessages = providers.wechat.sentMessages.filter((m) => m.touser === wxLogin.openid).length;
    const wechatTwice = Math.max(0, wechatMessages - wechatRows);
    const wechatOrphaned = rows.filter((r) => r.channel === 'wechat' && orphaned.has(r.id)).length;
    // A send also goes twice when its first attempt timed out after the provider had accepted it.
    const retriedIds = new Set(rows.filter((r) => r.attempts > 1).map((r) => r.id));
    const unexplained =
      smsTwice.filter((id) => !orphaned.has(id) && !retriedIds.has(id)).length +
      Math.max(0, wechatTwice - wechatOrphaned);
    part.figure('notifications', rows.length);
    part.figure('sent twice', smsTwice.length + wechatTwice);
    part.figure('reminders leased by a killed process', orphaned.size);
    part.table(
      'Reminders (outbox rows vs what the fake providers accepted)',
      ['channel', 'outbox rows sent', 'accepted by the provider', 'never arrived', 'arrived twice'],
      [
        ['sms', smsRows.length, providers.sms.sent.length, smsLost, smsTwice.length],
        ['wechat', wechatRows, wechatMessages, Math.max(0, wechatRows - wechatMessages), wechatTwice],
      ],
    );
    part.check(
      'every reminder in the outbox was sent',
      unsent.length === 0 && rows.length > 0,
      `${rows.length} rows, ${unsent.length} not sent`,
    );
    part.check(
      'every reminder reached the provider at least once',
      smsLost === 0 && wechatMessages >= wechatRows,
      `${smsLost} SMS never arrived`,
    );
    part.check('the provider got nothing the outbox did not hold', phantom === 0, `${phantom}`);
    part.check(
      'a reminder went twice only when a kill (or a provider timeout) came between its acceptance and being marked sent',
      unexplained === 0,
      `${smsTwice.length} SMS and ${wechatTwice} WeChat messages twice; ${orphaned.size} reminders were leased by a killed process (${wechatOrphaned} of them WeChat); ${unexplained} unexplained`,
    );
    part.note(
      `at-least-once window: ${smsTwice.length} of ${smsRows.length} SMS and ${wechatTwice} of ${wechatRows} WeChat messages went twice — sends a kill interrupted after the provider had accepted them (the fakes answer ${PROVIDER_DELAY_MS} ms after accepting, like a provider on a slow day)`,
    );
  } finally {
    await db.end();
    await server.stop();
    await providers.close();
  }
  return part.end();
}
