import { randomUUID } from 'node:crypto';
import { ClocksService } from '../clocks/clocks.service';
import { startFakeSms, type FakeSms } from '../testing/fake-sms';
import { startFakeWechat, type FakeWechat } from '../testing/fake-wechat';
import { startTestApp, type TestApp } from '../testing/test-app';
import { Notification } from './notification.entity';
import { NotificationsService } from './notifications.service';

const TEMPLATE = 'tmpl-hulei-reminder';
const STORY = '继父总在没人的时候碰我';
const HOUR = 60 * 60 * 1000;

describe('notifications: the outbox, WeChat first, SMS otherwise, nothing lost, nothing twice', () => {
  let t: TestApp;
  let wechat: FakeWechat;
  let sms: FakeSms;
  let chairOpenid: string;
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const send = (ms = 0) => t.app.get(NotificationsService).sendDue(new Date(Date.now() + ms));
  const rows = () => t.dataSource.getRepository(Notification).find({ order: { createdAt: 'ASC', id: 'ASC' } });
  const submit = () =>
    t
      .http()
      .post('/api/help-requests')
      .set('Idempotency-Key', randomUUID())
      .send({
        category: 'sexual_abuse',
        description: STORY,
        regionCode: '431222114200',
        urgency: 'urgent',
        requesterRole: 'child',
      })
      .expect(201);

  beforeAll(async () => {
    wechat = await startFakeWechat({ templates: { [TEMPLATE]: ['thing1', 'time2'] } });
    sms = await startFakeSms({ templates: { '2001': 1 } });
    t = await startTestApp({
      demoAccounts: true,
      config: {
        wechat: { appId: wechat.appId, secret: wechat.secret, apiBase: wechat.baseUrl },
        wechatTemplate: { id: TEMPLATE, longTerm: false },
        sms: {
          apiBase: sms.baseUrl,
          secretId: sms.secretId,
          secretKey: sms.secretKey,
          sdkAppId: sms.sdkAppId,
          signName: sms.signName,
          templateId: '2001',
        },
      },
    });
    // The village chair binds her WeChat and accepts two one-time reminders in the mini-program.
    const chair = await t.login('13800000001');
    const login = wechat.issueLoginCode();
    chairOpenid = login.openid;
    await t.http().post('/api/identity/me/wechat').set(bearer(chair)).send({ code: login.code }).expect(200);
    const subscribed = await t
      .http()
      .post('/api/notifications/subscription')
      .set(bearer(chair))
      .send({ accepted: 2 })
      .expect(200);
    expect(subscribed.body).toEqual({ oneTimeRemaining: 2, longTerm: false });
  });
  afterAll(async () => {
    await t.close();
    await wechat.close();
    await sms.close();
  });

  it('tells the village chair of a new request by WeChat, with no word of the case', async () => {
    await submit();
    expect(await send()).toBe(1);
    expect(wechat.sentMessages).toEqual([
      {
        touser: chairOpenid,
        templateId: TEMPLATE,
        page: 'packages/cadre/index',
        data: {
          thing1: '您有一条新的求助，请及时处理',
          time2: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/),
        },
      },
    ]);
    expect(JSON.stringify(wechat.calls)).not.toContain(STORY);
    expect((await rows())[0]).toMatchObject({ state: 'sent', channel: 'wechat', attempts: 1 });
  });

  it('keeps a message through a WeChat outage and sends it once when WeChat is back', async () => {
    wechat.failNext({ status: 502 }, { endpoint: 'subscribe/send' });
    await submit();
    await send();
    const waiting = (await rows()).at(-1)!;
    expect(waiting).toMatchObject({ state: 'pending', attempts: 1, lastError: 'wechat:httpStatus' });
    expect(wechat.sentMessages).toHaveLength(1);
    await send(HOUR);
    await send(2 * HOUR);
    expect(wechat.sentMessages).toHaveLength(2);
    expect((await rows()).at(-1)).toMatchObject({ state: 'sent', channel: 'wechat', attempts: 2 });
  });

  it('falls back to SMS when the one-time subscriptions are used up', async () => {
    await submit();
    await send();
    expect(wechat.sentMessages).toHaveLength(2);
    expect(sms.sent.map((m) => [m.phoneNumber, m.params])).toEqual([
      ['+8613800000001', ['您有一条新的求助，请及时处理']],
    ]);
    expect((await rows()).at(-1)).toMatchObject({ state: 'sent', channel: 'sms' });
  });

  it('falls back to SMS in the same attempt when the cadre refused WeChat reminders', async () => {
    await t
      .http()
      .post('/api/notifications/subscription')
      .set(bearer(await t.login('13800000001')))
      .send({ accepted: 1 })
      .expect(200);
    wechat.refuse(chairOpenid);
    await submit();
    await send();
    expect((await rows()).at(-1)).toMatchObject({ state: 'sent', channel: 'sms', attempts: 1 });
    expect(sms.sent).toHaveLength(2);
  });

  it('tags each SMS with its outbox row, so a resend can be told apart in the provider’s receipts', async () => {
    const smsRows = (await rows()).filter((n) => n.channel === 'sms');
    expect(sms.sent.map((m) => m.sessionContext)).toEqual(smsRows.map((n) => n.id));
  });

  it('reaches the town by SMS when a request climbs to it, and shows failed deliveries to the level above', async () => {
    const start = Date.now();
    await t.app.get(ClocksService).fireDue(new Date(start + 31 * 60 * 1000));
    sms.blacklist('+8613800000003');
    await send();
    const escalated = (await rows()).filter((n) => n.kind === 'help_request_escalated');
    expect(escalated.length).toBeGreaterThan(0);
    expect(
      escalated.every((n) => n.state === 'failed' && n.lastError === 'sms:FailedOperation.PhoneNumberInBlacklist'),
    ).toBe(true);

    const county = await t.login('13800000004');
    const failures = await t.http().get('/api/notifications/failures').set(bearer(county)).expect(200);
    expect(failures.body[0]).toMatchObject({
      kind: 'help_request_escalated',
      state: 'failed',
      accountName: '官庄镇妇联',
    });
    const village = await t.login('13800000001');
    await t.http().get('/api/notifications/failures').set(bearer(village)).expect(403);
    const mine = await t.http().get('/api/notifications/mine').set(bearer(village)).expect(200);
    expect(mine.body.items.map((n: { channel: string }) => n.channel)).toEqual(
      expect.arrayContaining(['wechat', 'sms']),
    );
    expect(JSON.stringify(mine.body)).not.toContain(STORY);
  });

  it('does not send again what was sent, however often the sender runs', async () => {
    const sentBefore = wechat.sentMessages.length + sms.sent.length;
    await Promise.all([send(5 * HOUR), send(5 * HOUR), send(10 * HOUR)]);
    expect(wechat.sentMessages.length + sms.sent.length).toBe(sentBefore);
  });
});

describe('notifications with no channel configured', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ demoAccounts: true });
  });
  afterAll(() => t.close());

  it('marks them undeliverable, visible in the cadre’s history', async () => {
    await t
      .http()
      .post('/api/help-requests')
      .set('Idempotency-Key', randomUUID())
      .send({ category: 'neglect', description: '没人给我做饭', regionCode: '431222114200' })
      .expect(201);
    await t.app.get(NotificationsService).sendDue();
    const chair = await t.login('13800000001');
    const mine = await t
      .http()
      .get('/api/notifications/mine')
      .set({ Authorization: `Bearer ${chair}` })
      .expect(200);
    expect(mine.body.items).toEqual([
      expect.objectContaining({
        kind: 'new_help_request',
        text: '您有一条新的求助，请及时处理',
        state: 'undeliverable',
        lastError: 'no_channel',
      }),
    ]);
  });
});
