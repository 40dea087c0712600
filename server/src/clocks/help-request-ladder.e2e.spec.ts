import { randomUUID } from 'node:crypto';
import { HelpRequest } from '../help-requests/help-request.entity';
import { Notification } from '../notifications/notification.entity';
import { startTestApp, type TestApp } from '../testing/test-app';
import { Clock } from './clock.entity';
import { ClocksService } from './clocks.service';

const MINUTE = 60 * 1000;

describe('help-request deadlines: the ladder village → town → county → city', () => {
  let t: TestApp;
  let clocks: ClocksService;
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const submit = (body: object) =>
    t
      .http()
      .post('/api/help-requests')
      .set('Idempotency-Key', randomUUID())
      .send({
        category: 'domestic_violence',
        description: '爸爸喝酒后打我',
        regionCode: '431222114200',
        urgency: 'urgent',
        requesterRole: 'child',
        ...body,
      });
  const at = (start: number, minutes: number) => new Date(start + minutes * MINUTE);
  const notified = async (kind: string) => {
    const rows = await t.dataSource.getRepository(Notification).findBy({ kind: kind as Notification['kind'] });
    return rows.map((n) => n.regionCode).sort();
  };

  beforeAll(async () => {
    t = await startTestApp({ demoAccounts: true, regionRoot: '4312' });
    clocks = t.app.get(ClocksService);
  });
  afterAll(() => t.close());

  async function newestRequest(token: string) {
    const inbox = await t.http().get('/api/cadre/help-requests').set(bearer(token)).expect(200);
    return inbox.body.items[0];
  }

  it('warns the village, then moves the request to the town, the county and the city as deadlines pass', async () => {
    const start = Date.now();
    await submit({}).expect(201);
    const city = await t.login('13800000005');
    const request = await newestRequest(city);
    expect(await notified('new_help_request')).toEqual(['431222114200']);

    await clocks.fireDue(at(start, 16));
    expect(await notified('help_request_deadline')).toEqual(['431222114200']);
    expect((await newestRequest(city)).handlingLevel).toBe('village');

    await clocks.fireDue(at(start, 31));
    const atTown = await newestRequest(city);
    expect(atTown.handlingLevel).toBe('town');
    expect(new Date(atTown.dueAt).getTime()).toBe(at(start, 31).getTime() + 30 * MINUTE);
    expect(await notified('help_request_escalated')).toEqual(['431222114']);

    await clocks.fireDue(at(start, 62));
    await clocks.fireDue(at(start, 93));
    const detail = await t.http().get(`/api/cadre/help-requests/${request.id}`).set(bearer(city)).expect(200);
    expect(detail.body.handlingLevel).toBe('city');
    expect(detail.body.events.map((e: { kind: string; level: string }) => `${e.kind}:${e.level}`)).toEqual([
      'submitted:village',
      'escalated:town',
      'escalated:county',
      'escalated:city',
    ]);
    expect(await notified('help_request_escalated')).toEqual(['4312', '431222', '431222114']);
    // Each level was warned before its own deadline.
    expect(await notified('help_request_deadline')).toEqual(['431222', '431222114', '431222114200']);

    // The top of the ladder keeps being reminded; the request stays with the city.
    await clocks.fireDue(at(start, 124));
    const missed = await t.http().get(`/api/cadre/help-requests/${request.id}`).set(bearer(city)).expect(200);
    expect(missed.body.events.at(-1)).toMatchObject({ kind: 'deadline_missed', level: 'city' });

    // Seen from the real clock, its deadline has passed: it is on the overdue list.
    await t.dataSource
      .createQueryBuilder()
      .update(HelpRequest)
      .set({ dueAt: new Date(Date.now() - MINUTE) })
      .where('id = :id', { id: request.id })
      .execute();
    const overdue = await t
      .http()
      .get('/api/cadre/help-requests')
      .set(bearer(city))
      .query({ overdue: 'true' })
      .expect(200);
    expect(overdue.body.items.map((r: { id: string }) => r.id)).toEqual([request.id]);
  });

  it('stops climbing once someone acknowledges, and fires each clock once however often it is polled', async () => {
    const start = Date.now();
    await submit({ description: '受理后不再上报' }).expect(201);
    const chair = await t.login('13800000001');
    const request = await newestRequest(chair);
    await t.http().post(`/api/cadre/help-requests/${request.id}/acknowledge`).set(bearer(chair)).expect(200);
    await clocks.fireDue(at(start, 31));
    await clocks.fireDue(at(start, 31));
    await Promise.all([clocks.fireDue(at(start, 200)), clocks.fireDue(at(start, 200))]);
    const detail = await t.http().get(`/api/cadre/help-requests/${request.id}`).set(bearer(chair)).expect(200);
    expect(detail.body).toMatchObject({ handlingLevel: 'village', status: 'acknowledged' });
    expect(detail.body.events.map((e: { kind: string }) => e.kind)).toEqual(['submitted', 'acknowledged']);
    const rows = await t.dataSource.getRepository(Clock).findBy({ subjectId: request.id });
    expect(rows.map((c) => `${c.kind}:${c.state}`).sort()).toEqual([
      'help_ack:cancelled',
      'help_ack_warning:cancelled',
    ]);
  });

  it('flags a sexual-abuse request red and tells the county when its police report is late', async () => {
    await submit({ category: 'sexual_abuse', description: '需要强制报告的求助' }).expect(201);
    const chair = await t.login('13800000001');
    const county = await t.login('13800000004');
    const request = await newestRequest(chair);
    const acknowledged = await t
      .http()
      .post(`/api/cadre/help-requests/${request.id}/acknowledge`)
      .set(bearer(chair))
      .expect(200);
    const ackAt = new Date(acknowledged.body.acknowledgedAt).getTime();

    await clocks.fireDue(at(ackAt, 91));
    expect(await notified('police_report_deadline')).toEqual(['431222114200']);
    expect((await newestRequest(chair)).policeReportOverdue).toBe(false);

    await clocks.fireDue(at(ackAt, 121));
    const red = (
      await t.http().get('/api/cadre/help-requests').set(bearer(county)).query({ overdue: 'true' }).expect(200)
    ).body.items;
    expect(red.find((r: { id: string }) => r.id === request.id)).toMatchObject({ policeReportOverdue: true });
    expect(await notified('police_report_overdue')).toEqual(['431222']);

    // Reported late: no longer red, and nothing more fires.
    await t
      .http()
      .post(`/api/cadre/help-requests/${request.id}/police-report`)
      .set(bearer(chair))
      .send({ policeStation: '官庄派出所', reportedAt: new Date().toISOString() })
      .expect(200);
    expect((await newestRequest(chair)).policeReportOverdue).toBe(false);
    const pending = await t.dataSource.getRepository(Clock).findBy({ subjectId: request.id, state: 'pending' });
    expect(pending).toEqual([]);
  });
});

describe('help-request deadlines with a policy of seconds and the real scheduler', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({
      demoAccounts: true,
      env: {
        HULEI_SCHEDULERS: 'on',
        HULEI_POLL_MS: '50',
        HULEI_SLA_POLICY: JSON.stringify({ helpRequest: { acknowledgeMinutes: { urgent: 0.01, normal: 0.02 } } }),
      },
    });
  });
  afterAll(() => t.close());

  it('moves an unacknowledged request from 太平铺村 to 官庄镇 and then to 沅陵县 on its own', async () => {
    await t
      .http()
      .post('/api/help-requests')
      .set('Idempotency-Key', randomUUID())
      .send({
        category: 'bullying',
        description: '同学天天打我',
        regionCode: '431222114200',
        urgency: 'urgent',
        requesterRole: 'child',
      })
      .expect(201);
    const county = await t.login('13800000004');
    const levels = async () => {
      const inbox = await t
        .http()
        .get('/api/cadre/help-requests')
        .set({ Authorization: `Bearer ${county}` });
      return inbox.body.items[0].handlingLevel as string;
    };
    const deadline = Date.now() + 15_000;
    while ((await levels()) !== 'county' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(await levels()).toBe('county');
    const kinds = (await t.dataSource.getRepository(Notification).find({ order: { createdAt: 'ASC', id: 'ASC' } })).map(
      (n) => `${n.kind}@${n.regionCode}`,
    );
    expect(kinds).toEqual([
      'new_help_request@431222114200',
      'help_request_escalated@431222114',
      'help_request_escalated@431222',
    ]);
  });
});
