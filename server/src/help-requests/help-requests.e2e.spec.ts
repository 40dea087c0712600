import { randomUUID } from 'node:crypto';
import { AuditEvent } from '../audit/audit-event.entity';
import { startTestApp, type TestApp } from '../testing/test-app';
import { HelpRequestRetentionService } from './help-request-retention.service';
import { HelpRequest } from './help-request.entity';
import { HelpRequestsService } from './help-requests.service';

const TAIPINGPU = '431222114200';
const GUANZHUANG_VILLAGE = '431222114255';
const SECRET_STORY = '他晚上来我房间，让我不要告诉妈妈';
const PHONE = '13912345678';

// Each describe starts its own app in beforeAll; the helpers below use the current one.
let t: TestApp;
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const submit = (body: object, key: string = randomUUID()) =>
  t.http().post('/api/help-requests').set('Idempotency-Key', key).send(body);
const childRequest = (overrides: object = {}) => ({
  category: 'sexual_abuse',
  description: SECRET_STORY,
  regionCode: TAIPINGPU,
  urgency: 'urgent',
  requesterRole: 'child',
  ...overrides,
});

describe('anonymous help requests, from a child to the village federation and back', () => {
  const count = () => t.dataSource.getRepository(HelpRequest).count();
  let knownReceipt = '';

  beforeAll(async () => {
    t = await startTestApp({ demoAccounts: true });
  });
  afterAll(() => t.close());

  it('takes a request without identity, gives a 16-digit receipt, and stores no plain text', async () => {
    const res = await submit(childRequest({ contactPhone: PHONE })).expect(201);
    expect(res.body.receiptCode).toMatch(/^\d{16}$/);
    knownReceipt = res.body.receiptCode;
    expect(res.body.status).toBe('submitted');
    const rows: object[] = await t.dataSource.query('SELECT * FROM help_request');
    const stored = JSON.stringify(rows);
    for (const secret of [SECRET_STORY, PHONE, res.body.receiptCode, '127.0.0.1']) expect(stored).not.toContain(secret);
    const everything = JSON.stringify([
      ...(await t.dataSource.query('SELECT * FROM help_request_event')),
      ...(await t.dataSource.query('SELECT * FROM idempotency_record')),
    ]);
    expect(everything).not.toContain(SECRET_STORY);
    expect(everything).not.toContain(res.body.receiptCode);
  });

  it('answers a retry with the same key with the same answer, and refuses the key for another body', async () => {
    const key = randomUUID();
    const first = await submit(childRequest(), key).expect(201);
    const before = await count();
    const again = await submit(childRequest(), key).expect(201);
    expect(again.body).toEqual(first.body);
    expect(await count()).toBe(before);
    const other = await submit(childRequest({ description: '另一件事' }), key).expect(422);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('loses nothing when the server restarts between the submission and its answer', async () => {
    const key = randomUUID();
    const first = await submit(childRequest({ description: '重启前提交的求助' }), key).expect(201);
    await t.restart();
    const retried = await submit(childRequest({ description: '重启前提交的求助' }), key).expect(201);
    expect(retried.body).toEqual(first.body);
  });

  it('rejects bad input with the field named and stores nothing', async () => {
    const before = await count();
    const cases: Array<[object, string]> = [
      [childRequest({ description: '' }), 'description'],
      [childRequest({ description: '   ' }), 'description'],
      [childRequest({ description: '字'.repeat(2001) }), 'description'],
      [childRequest({ category: 'robbery' }), 'category'],
      [childRequest({ regionCode: '431222114' }), 'regionCode'],
      [childRequest({ regionCode: '431222114999' }), 'regionCode'],
      [childRequest({ urgency: 'very' }), 'urgency'],
      [childRequest({ contactPhone: 'call me' }), 'contactPhone'],
      [childRequest({ name: '小明' }), 'name'],
    ];
    for (const [body, field] of cases) {
      const res = await submit(body).expect(400);
      expect({ field, errors: res.body.errors.map((e: { field: string }) => e.field) }).toEqual({
        field,
        errors: [field],
      });
    }
    const noKey = await t.http().post('/api/help-requests').send(childRequest()).expect(400);
    expect(noKey.body.errors).toEqual([{ field: 'Idempotency-Key', message: '缺少请求编号（Idempotency-Key）' }]);
    await t.http().post('/api/help-requests').set('Idempotency-Key', 'abc').send(childRequest()).expect(400);
    await submit(childRequest({ description: '字'.repeat(70_000) })).expect(413);
    expect(await count()).toBe(before);
  });

  it('routes to the village chair, or up to the town when the village has none', async () => {
    const town = await t.login('13800000003');
    await submit(
      childRequest({ regionCode: GUANZHUANG_VILLAGE, description: '官庄村的求助', category: 'bullying' }),
    ).expect(201);
    const inbox = await t.http().get('/api/cadre/help-requests').set(bearer(town)).query({ pageSize: 100 }).expect(200);
    const guanzhuang = inbox.body.items.find((r: { regionCode: string }) => r.regionCode === GUANZHUANG_VILLAGE);
    expect(guanzhuang.handlingLevel).toBe('town');
    const taipingpu = inbox.body.items.find((r: { regionCode: string }) => r.regionCode === TAIPINGPU);
    expect(taipingpu.handlingLevel).toBe('village');
    const detail = await t.http().get(`/api/cadre/help-requests/${guanzhuang.id}`).set(bearer(town)).expect(200);
    expect(detail.body.events.map((e: { kind: string; level: string }) => [e.kind, e.level])).toEqual([
      ['submitted', 'village'],
      ['routed', 'town'],
    ]);
    const urgentOnly = await t
      .http()
      .get('/api/cadre/help-requests')
      .set(bearer(town))
      .query({ urgency: 'normal', level: 'town' });
    expect(urgentOnly.body.items.every((r: { handlingLevel: string }) => r.handlingLevel === 'town')).toBe(true);
  });

  it('carries the whole journey: acknowledge, reply, the child reads it and writes back', async () => {
    const receipt = (await submit(childRequest({ description: '我想和村里的阿姨说说' })).expect(201)).body.receiptCode;
    const chair = await t.login('13800000001');
    const neighbour = await t.login('13800000002');
    const town = await t.login('13800000003');

    const mine = await t.http().get('/api/cadre/help-requests').set(bearer(chair)).query({ pageSize: 100 }).expect(200);
    const item = mine.body.items[0];
    expect(item).toMatchObject({
      category: 'sexual_abuse',
      status: 'submitted',
      urgency: 'urgent',
      regionCode: TAIPINGPU,
    });
    expect(new Date(item.dueAt).getTime() - new Date(item.createdAt).getTime()).toBe(30 * 60 * 1000);
    const theirs = await t
      .http()
      .get('/api/cadre/help-requests')
      .set(bearer(neighbour))
      .query({ pageSize: 100 })
      .expect(200);
    expect(theirs.body.items.some((r: { id: string }) => r.id === item.id)).toBe(false);
    await t.http().get(`/api/cadre/help-requests/${item.id}`).set(bearer(neighbour)).expect(404);
    await t.http().get(`/api/cadre/help-requests/${item.id}`).set(bearer(town)).expect(200);

    const acknowledged = await t
      .http()
      .post(`/api/cadre/help-requests/${item.id}/acknowledge`)
      .set(bearer(chair))
      .expect(200);
    expect(acknowledged.body).toMatchObject({
      status: 'acknowledged',
      description: '我想和村里的阿姨说说',
      dueAt: null,
    });
    await t.http().post(`/api/cadre/help-requests/${item.id}/acknowledge`).set(bearer(chair)).expect(409);
    await t
      .http()
      .post(`/api/cadre/help-requests/${item.id}/messages`)
      .set(bearer(chair))
      .send({ body: '孩子，我是村妇联的王阿姨，你很勇敢。明天放学后我在村委会等你。' })
      .expect(201);

    const seen = await t.http().post('/api/help-requests/lookup').send({ receiptCode: receipt }).expect(200);
    expect(seen.body).toMatchObject({ status: 'acknowledged', category: 'sexual_abuse' });
    expect(seen.body.messages).toEqual([
      {
        from: 'cadre',
        body: '孩子，我是村妇联的王阿姨，你很勇敢。明天放学后我在村委会等你。',
        createdAt: expect.any(String),
      },
    ]);
    const spaced = receipt.replace(/(\d{4})(?=\d)/g, '$1 ');
    await t
      .http()
      .post('/api/help-requests/lookup/messages')
      .send({ receiptCode: spaced, body: '好的，谢谢阿姨' })
      .expect(201);

    const detail = await t.http().get(`/api/cadre/help-requests/${item.id}`).set(bearer(chair)).expect(200);
    expect(detail.body.messages.map((m: { from: string; body: string }) => [m.from, m.body])).toEqual([
      ['cadre', '孩子，我是村妇联的王阿姨，你很勇敢。明天放学后我在村委会等你。'],
      ['requester', '好的，谢谢阿姨'],
    ]);
    expect(detail.body.messages[0].authorName).toBe('太平铺村妇联主席');
    const reads = await t.dataSource.getRepository(AuditEvent).findBy({ action: 'record_read', subjectId: item.id });
    expect(reads.length).toBeGreaterThanOrEqual(2);
  });

  it('will not close a sexual-abuse request without a police report unless the town approves a written reason', async () => {
    const receipt = (await submit(childRequest({ description: '需要结案审核的求助' })).expect(201)).body.receiptCode;
    const chair = await t.login('13800000001');
    const town = await t.login('13800000003');
    const list = await t.http().get('/api/cadre/help-requests').set(bearer(chair)).expect(200);
    const id = list.body.items[0].id;
    await t.http().post(`/api/cadre/help-requests/${id}/close`).set(bearer(chair)).send({}).expect(409);
    await t.http().post(`/api/cadre/help-requests/${id}/acknowledge`).set(bearer(chair)).expect(200);
    const noReason = await t
      .http()
      .post(`/api/cadre/help-requests/${id}/close`)
      .set(bearer(chair))
      .send({})
      .expect(400);
    expect(noReason.body.errors[0].field).toBe('reason');
    const pending = await t
      .http()
      .post(`/api/cadre/help-requests/${id}/close`)
      .set(bearer(chair))
      .send({ reason: '家长已带孩子离开本地，无法联系' })
      .expect(200);
    expect(pending.body).toEqual({ status: 'acknowledged', closurePending: true });
    await t
      .http()
      .post(`/api/cadre/help-requests/${id}/closure-review`)
      .set(bearer(chair))
      .send({ approve: true })
      .expect(403);
    const returned = await t
      .http()
      .post(`/api/cadre/help-requests/${id}/closure-review`)
      .set(bearer(town))
      .send({ approve: false, comment: '请先做强制报告' })
      .expect(200);
    expect(returned.body.closurePending).toBe(false);
    // A time that is not an ISO string (a number, true, a list) is refused, not stored as 1970.
    for (const reportedAt of [-28, true, ['2026-01-01'], '昨天']) {
      const refused = await t
        .http()
        .post(`/api/cadre/help-requests/${id}/police-report`)
        .set(bearer(chair))
        .send({ policeStation: '官庄派出所', reportedAt })
        .expect(400);
      expect(refused.body.errors.map((f: { field: string }) => f.field)).toEqual(['reportedAt']);
    }
    const reported = await t
      .http()
      .post(`/api/cadre/help-requests/${id}/police-report`)
      .set(bearer(chair))
      .send({
        policeStation: '官庄派出所',
        reportedAt: new Date(Date.now() - 60_000).toISOString(),
        reference: '官公(2026)123',
      })
      .expect(200);
    expect(reported.body.policeReports).toEqual([
      { policeStation: '官庄派出所', reportedAt: expect.any(String), reference: '官公(2026)123' },
    ]);
    await t
      .http()
      .post(`/api/cadre/help-requests/${id}/referrals`)
      .set(bearer(chair))
      .send({ department: 'one_stop_centre' })
      .expect(200);
    const closed = await t.http().post(`/api/cadre/help-requests/${id}/close`).set(bearer(chair)).send({}).expect(200);
    expect(closed.body).toEqual({ status: 'closed', closurePending: false });
    const timeline = await t.http().get(`/api/cadre/help-requests/${id}`).set(bearer(town)).expect(200);
    expect(timeline.body.events.map((e: { kind: string }) => e.kind)).toEqual([
      'submitted',
      'acknowledged',
      'closure_requested',
      'closure_returned',
      'police_report',
      'referred',
      'closed',
    ]);
    await t
      .http()
      .post('/api/help-requests/lookup/messages')
      .send({ receiptCode: receipt, body: '还在吗' })
      .expect(409);
    expect(
      (await t.http().post('/api/help-requests/lookup').send({ receiptCode: receipt }).expect(200)).body.status,
    ).toBe('closed');
  });

  it('answers a wrong receipt code slowly with 404, audits it, and rejects a malformed one', async () => {
    const before = await t.dataSource.getRepository(AuditEvent).countBy({ action: 'receipt_lookup_failed' });
    const started = Date.now();
    const res = await t.http().post('/api/help-requests/lookup').send({ receiptCode: '1234567812345678' }).expect(404);
    expect(Date.now() - started).toBeGreaterThanOrEqual(700);
    expect(res.body.message).toBe('没有找到这个回执码，请核对后再输入');
    expect(await t.dataSource.getRepository(AuditEvent).countBy({ action: 'receipt_lookup_failed' })).toBe(before + 1);
    const bad = await t.http().post('/api/help-requests/lookup').send({ receiptCode: '12345' }).expect(400);
    expect(bad.body.errors).toEqual([{ field: 'receiptCode', message: '回执码是 16 位数字' }]);
  });

  it('limits submissions and lookups per network address', async () => {
    // Earlier tests used some of this address's quota; fill the rest.
    let status = 201;
    let sent = 0;
    while (status === 201 && sent < 25) {
      status = (await submit(childRequest({ description: `第 ${sent} 条` }))).status;
      sent += 1;
    }
    expect(status).toBe(429);
    const limited = await submit(childRequest());
    expect(limited.body.message).toContain('110');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    let lookups = 0;
    let lookupStatus = 0;
    while (lookupStatus !== 429 && lookups < 40) {
      lookupStatus = (await t.http().post('/api/help-requests/lookup').send({ receiptCode: knownReceipt })).status;
      lookups += 1;
    }
    expect(lookupStatus).toBe(429);
    expect(lookups).toBeLessThanOrEqual(31);
  });

  it('erases the free text of requests closed longer than the retention period, keeping the count', async () => {
    const chair = await t.login('13800000001');
    const closed = (await t.http().get('/api/cadre/help-requests').set(bearer(chair)).query({ status: 'closed' })).body
      .items[0];
    const total = await count();
    await t.dataSource
      .createQueryBuilder()
      .update(HelpRequest)
      .set({ closedAt: new Date(Date.now() - 181 * 24 * 60 * 60 * 1000) })
      .where('id = :id', { id: closed.id })
      .execute();
    expect(await t.app.get(HelpRequestRetentionService).purgeExpired()).toBe(1);
    const detail = await t.http().get(`/api/cadre/help-requests/${closed.id}`).set(bearer(chair)).expect(200);
    expect(detail.body).toMatchObject({ description: null, contactPhone: null, messages: [] });
    expect(detail.body.policeReports[0].policeStation).toBeNull();
    expect(detail.body.events.at(-1).kind).toBe('purged');
    expect(await count()).toBe(total);
    expect(await t.app.get(HelpRequestRetentionService).purgeExpired()).toBe(0);
  });

  it('never writes the story, the phone or a receipt code to the log', () => {
    const logs = t.logs();
    expect(logs).toContain('/api/help-requests');
    for (const secret of [SECRET_STORY, PHONE, '好的，谢谢阿姨', '王阿姨']) expect(logs).not.toContain(secret);
    expect(logs).not.toMatch(/\d{16}/);
  });
});

describe('a case opened from a door-knocking visit', () => {
  beforeAll(async () => {
    t = await startTestApp({ demoAccounts: true });
  });
  afterAll(() => t.close());

  it('lands acknowledged in the village inbox with origin visit', async () => {
    const chair = await t.login('13800000001');
    const me = await t
      .http()
      .get('/api/identity/me')
      .set({ Authorization: `Bearer ${chair}` })
      .expect(200);
    const id = await t.app
      .get(HelpRequestsService)
      .openFromVisit(
        { accountId: me.body.id },
        { category: 'sexual_abuse', description: '走访发现的线索', villageCode: TAIPINGPU, urgency: 'urgent' },
      );
    const detail = await t
      .http()
      .get(`/api/cadre/help-requests/${id}`)
      .set({ Authorization: `Bearer ${chair}` })
      .expect(200);
    expect(detail.body).toMatchObject({
      status: 'acknowledged',
      description: '走访发现的线索',
      handlingLevel: 'village',
    });
    expect(detail.body.events.map((e: { kind: string; actorName?: string }) => [e.kind, e.actorName])).toEqual([
      ['submitted', '太平铺村妇联主席'],
      ['acknowledged', '太平铺村妇联主席'],
    ]);
  });
});

describe('many submissions at once on a small connection pool', () => {
  beforeAll(async () => {
    // Three connections for thirty transactions: any query inside a transaction that borrows a
    // second connection from the pool would deadlock here.
    t = await startTestApp({ demoAccounts: true, env: { HULEI_DB_POOL: '3', HULEI_TRUST_PROXY: '1' } });
  });
  afterAll(() => t.close());

  it('stores every one of them', async () => {
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        t
          .http()
          .post('/api/help-requests')
          .set('Idempotency-Key', randomUUID())
          .set('X-Forwarded-For', `10.0.0.${i + 1}`)
          .send({ category: 'bullying', description: `同时提交 ${i}`, regionCode: TAIPINGPU, urgency: 'urgent' }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(30).fill(201));
    expect(await t.dataSource.getRepository(HelpRequest).count()).toBe(30);
    await t.http().get('/api/health').expect(200);
  });
});

describe('deletion on request', () => {
  beforeAll(async () => {
    t = await startTestApp({ demoAccounts: true });
  });
  afterAll(() => t.close());

  it('erases what a requester wrote when she asks and the town agrees', async () => {
    const receipt = (await submit(childRequest({ description: '请删除我写的内容' }), randomUUID())).body.receiptCode;
    const town = await t.login('13800000003');
    const chair = await t.login('13800000001');
    const id = (await t.http().get('/api/cadre/help-requests').set(bearer(town))).body.items[0].id;
    await t.http().post('/api/help-requests/lookup/erasure').send({ receiptCode: receipt }).expect(202);
    const asked = await t.http().get(`/api/cadre/help-requests/${id}`).set(bearer(town)).expect(200);
    expect(asked.body).toMatchObject({ erasureRequested: true, erased: false, description: '请删除我写的内容' });
    await t
      .http()
      .post(`/api/cadre/help-requests/${id}/erase`)
      .set(bearer(chair))
      .send({ reason: '申请删除' })
      .expect(403);
    const erased = await t
      .http()
      .post(`/api/cadre/help-requests/${id}/erase`)
      .set(bearer(town))
      .send({ reason: '求助者申请删除，已电话核实' })
      .expect(200);
    expect(erased.body).toMatchObject({ erased: true, erasureRequested: false, description: null });
    expect(erased.body.events.at(-1)).toMatchObject({ kind: 'erased', note: '求助者申请删除，已电话核实' });
    await t
      .http()
      .post(`/api/cadre/help-requests/${id}/erase`)
      .set(bearer(town))
      .send({ reason: '再删一次' })
      .expect(409);
    const rows = JSON.stringify(await t.dataSource.query('SELECT * FROM help_request WHERE id = ?', [id]));
    expect(rows).not.toContain('v1.');
  });
});
