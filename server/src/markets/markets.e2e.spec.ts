import { randomUUID } from 'node:crypto';
import { marketLandingUrl } from '@hulei/shared';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { ContentService } from '../content/content.service';
import { QuizzesService } from '../quizzes/quizzes.service';
import { decodeFakeWxaCode, startFakeWechat, type FakeWechat } from '../testing/fake-wechat';
import { startTestApp, type TestApp } from '../testing/test-app';
import { MarketsService } from './markets.service';

interface Counters {
  scans: number;
  quizzes: number;
  helpRequests: number;
}

function decodeQr(png: Buffer): string {
  const image = PNG.sync.read(png);
  const found = jsQR(
    new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length),
    image.width,
    image.height,
  );
  if (!found) throw new Error('no QR code in the image');
  return found.data;
}

/** The PNG of an <img id="…"> in the poster's HTML. */
function posterImage(html: string, id: string): Buffer {
  const match = new RegExp(`<img id="${id}" src="data:image/png;base64,([^"]+)"`).exec(html);
  if (!match) throw new Error(`no image ${id} in the poster`);
  return Buffer.from(match[1], 'base64');
}

describe('market-day events', () => {
  let t: TestApp;
  let wechat: FakeWechat;
  let town: string; // 官庄镇妇联
  let county: string; // 沅陵县妇联
  let city: string;
  let village: string;

  const event = {
    marketName: '官庄集',
    townCode: '431222114',
    date: '2026-06-06',
    startTime: '08:00',
    endTime: '12:00',
    organisers: '县妇联、县人民法院少年法庭法官',
  };

  beforeAll(async () => {
    wechat = await startFakeWechat();
    t = await startTestApp({
      regionRoot: '4312',
      demoAccounts: true,
      config: { wechat: { appId: wechat.appId, secret: wechat.secret, apiBase: wechat.baseUrl } },
    });
    await t.app.get(ContentService).seedStarter();
    await t.app.get(QuizzesService).seedStarter();
    town = await t.login('13800000003');
    county = await t.login('13800000004');
    city = await t.login('13800000005');
    village = await t.login('13800000001');
  });
  afterAll(async () => {
    await t.close();
    await wechat.close();
  });

  const as = (token: string) => ({
    get: (path: string) => t.http().get(path).set('Authorization', `Bearer ${token}`),
    post: (path: string, body: object = {}) => t.http().post(path).set('Authorization', `Bearer ${token}`).send(body),
    put: (path: string, body: object) => t.http().put(path).set('Authorization', `Bearer ${token}`).send(body),
  });

  async function counters(id: string): Promise<Counters> {
    return (await as(county).get(`/api/cadre/market-events/${id}`).expect(200)).body.counters;
  }

  async function create(body: object = event): Promise<{ id: string; code: string }> {
    return (await as(town).post('/api/cadre/market-events', body).expect(201)).body;
  }

  it('creates an event with a short code and shows it, with zero counters, up the hierarchy', async () => {
    const res = await as(town).post('/api/cadre/market-events', event).expect(201);
    expect(res.body).toMatchObject({
      ...event,
      townName: '官庄镇',
      status: 'scheduled',
      counters: { scans: 0, quizzes: 0, helpRequests: 0 },
    });
    expect(res.body.code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    for (const token of [town, county, city]) {
      const list = await as(token).get('/api/cadre/market-events').expect(200);
      expect(list.body.items.map((e: { id: string }) => e.id)).toContain(res.body.id);
    }
    await as(village).get('/api/cadre/market-events').expect(403);
    await as(village).post('/api/cadre/market-events', event).expect(403);
    await as(city).post('/api/cadre/market-events', event).expect(403);
  });

  it('serves the landing: the event, three lessons of the town, cached for a minute with an ETag', async () => {
    const { code, id } = await create();
    const res = await t.http().get(`/api/markets/events/${code}`).expect(200);
    expect(res.body).toMatchObject({
      id,
      code,
      marketName: '官庄集',
      townCode: '431222114',
      townName: '官庄镇',
      regionPath: '湖南省 怀化市 沅陵县 官庄镇',
      date: '2026-06-06',
      startTime: '08:00',
      endTime: '12:00',
      status: 'scheduled',
    });
    expect(res.body.lessons.map((l: { audience: string }) => l.audience)).toEqual([
      'child_6_8',
      'child_9_12',
      'parent',
    ]);
    for (const lesson of res.body.lessons) await t.http().get(`/api/content/${lesson.id}`).expect(200);
    expect(res.body).not.toHaveProperty('counters');
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    await t.http().get(`/api/markets/events/${code}`).set('If-None-Match', res.headers.etag).expect(304);
    // A code is read case-insensitively: people type what they see on the poster.
    await t.http().get(`/api/markets/events/${code.toLowerCase()}`).expect(200);
  });

  it('answers an unknown or malformed code in a QR scene with a clear 404 and counts nothing', async () => {
    const { id } = await create();
    for (const code of ['ZZZZZZZZ', 'not-a-code', '00000000']) {
      const res = await t.http().get(`/api/markets/events/${code}`).expect(404);
      expect(res.body).toEqual({
        statusCode: 404,
        code: 'NOT_FOUND',
        message: '没有找到这场赶集活动，二维码可能印错了或已过期',
      });
      expect(res.headers['cache-control']).toBe('no-store');
      await t.http().post(`/api/markets/events/${code}/scans`).expect(404);
    }
    expect(await counters(id)).toEqual({ scans: 0, quizzes: 0, helpRequests: 0 });
  });

  it('counts scans, quizzes handed in and help requests per event, and stores nobody', async () => {
    const { id, code } = await create();
    const other = await create({ ...event, marketName: '另一个集' });
    await t
      .http()
      .post(`/api/markets/events/${code}/scans`)
      .set('User-Agent', 'GrandmasPhone/1.0')
      .set('X-Forwarded-For', '203.0.113.77')
      .expect(204);
    await t.http().post(`/api/markets/events/${code}/scans`).expect(204);

    const drawn = await t
      .http()
      .post('/api/quizzes/attempts')
      .send({ audience: 'child_9_12', regionCode: '431222114200', marketEventId: id })
      .expect(201);
    // Starting is not taking: the quiz counts once it is handed in.
    expect(await counters(id)).toEqual({ scans: 2, quizzes: 0, helpRequests: 0 });
    await t.http().post(`/api/quizzes/attempts/${drawn.body.attemptId}/submission`).send({ answers: [] }).expect(201);
    await t.http().post(`/api/quizzes/attempts/${drawn.body.attemptId}/submission`).send({ answers: [] }).expect(409);
    // A help request from the landing counts once, however often its answer is replayed.
    const help = {
      category: 'bullying',
      description: '赶集时想说的事',
      regionCode: '431222114200',
      marketEventId: id,
    };
    const key = randomUUID();
    await t.http().post('/api/help-requests').set('Idempotency-Key', key).send(help).expect(201);
    await t.http().post('/api/help-requests').set('Idempotency-Key', key).send(help).expect(201);
    const unknownEvent = await t
      .http()
      .post('/api/help-requests')
      .set('Idempotency-Key', randomUUID())
      .send({ ...help, marketEventId: '00000000-0000-4000-8000-000000000000' })
      .expect(400);
    expect(unknownEvent.body.errors[0].field).toBe('marketEventId');

    expect(await counters(id)).toEqual({ scans: 2, quizzes: 1, helpRequests: 1 });
    expect(await counters(other.id)).toEqual({ scans: 0, quizzes: 0, helpRequests: 0 });
    const [row] = await t.dataSource.query('SELECT * FROM market_event WHERE id = ?', [id]);
    expect(JSON.stringify(row)).not.toMatch(/GrandmasPhone|203\.0\.113\.77/);
    expect(t.logs()).not.toContain('GrandmasPhone');
  });

  it('refuses a quiz with an unknown event with a 400 on marketEventId and changes nothing', async () => {
    const { id } = await create();
    const [before] = await t.dataSource.query('SELECT COUNT(*) AS n FROM quiz_attempt');
    for (const marketEventId of ['00000000-0000-4000-8000-000000000000', 'K7M2QX9P']) {
      const res = await t.http().post('/api/quizzes/attempts').send({ audience: 'parent', marketEventId }).expect(400);
      expect(res.body.errors[0].field).toBe('marketEventId');
    }
    const unknown = await t
      .http()
      .post('/api/quizzes/attempts')
      .send({ audience: 'parent', marketEventId: '00000000-0000-4000-8000-000000000000' })
      .expect(400);
    expect(unknown.body.errors[0]).toEqual({ field: 'marketEventId', message: '没有这场赶集活动' });
    const [after] = await t.dataSource.query('SELECT COUNT(*) AS n FROM quiz_attempt');
    expect(Number(after.n)).toBe(Number(before.n));
    expect(await counters(id)).toEqual({ scans: 0, quizzes: 0, helpRequests: 0 });
    await expect(
      t.app.get(MarketsService).assertKnownEvent('00000000-0000-4000-8000-000000000000'),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });

  it('prints an A4 poster whose QR code decodes back to the event’s address, with the mini-program code and the hotlines', async () => {
    const { id, code } = await create();
    const res = await as(town).get(`/api/cadre/market-events/${id}/poster`).expect(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    const html = res.text;
    expect(html).toContain('@page { size: A4');
    for (const text of [
      '官庄集',
      '2026年6月6日 星期六',
      '08:00–12:00',
      '湖南省 怀化市 沅陵县 官庄镇',
      '县人民法院少年法庭法官',
    ]) {
      expect(html).toContain(text);
    }
    for (const number of ['110', '12338', '12355', '120']) expect(html).toContain(`<strong>${number}</strong>`);
    expect(decodeQr(posterImage(html, 'qr-h5'))).toBe(marketLandingUrl(t.baseUrl, code));
    expect(decodeFakeWxaCode(posterImage(html, 'qr-wxa'))).toMatchObject({
      scene: code,
      page: 'packages/market/index',
    });

    const png = await as(county).get(`/api/cadre/market-events/${id}/qr-code`).expect(200);
    expect(png.headers['content-type']).toBe('image/png');
    expect(decodeQr(png.body as Buffer)).toBe(`${t.baseUrl}/packages/market/index?e=${code}`);
  });

  it('still prints the plain QR code when WeChat fails', async () => {
    const { id, code } = await create();
    wechat.failNext({ errcode: 45009 }, { endpoint: 'getwxacodeunlimit' });
    const res = await as(town).get(`/api/cadre/market-events/${id}/poster`).expect(200);
    expect(res.text).not.toContain('id="qr-wxa"');
    expect(decodeQr(posterImage(res.text, 'qr-h5'))).toBe(marketLandingUrl(t.baseUrl, code));
  });

  it('edits and cancels an event; the landing says so at once', async () => {
    const { id, code } = await create();
    await t.http().get(`/api/markets/events/${code}`).expect(200);
    const edited = await as(county)
      .put(`/api/cadre/market-events/${id}`, { ...event, marketName: '官庄大集', startTime: '07:30' })
      .expect(200);
    expect(edited.body).toMatchObject({ marketName: '官庄大集', startTime: '07:30' });
    expect((await t.http().get(`/api/markets/events/${code}`).expect(200)).body.marketName).toBe('官庄大集');

    const cancelled = await as(town).post(`/api/cadre/market-events/${id}/cancellation`).expect(200);
    expect(cancelled.body.status).toBe('cancelled');
    expect((await t.http().get(`/api/markets/events/${code}`).expect(200)).body.status).toBe('cancelled');
    await as(town).post(`/api/cadre/market-events/${id}/cancellation`).expect(409);
    const locked = await as(town).put(`/api/cadre/market-events/${id}`, event).expect(409);
    expect(locked.body.message).toBe('活动已取消，不能再修改');
  });

  it('refuses a town outside the jurisdiction (404), a village or unknown code, impossible dates and times', async () => {
    await as(town)
      .post('/api/cadre/market-events', { ...event, townCode: '431222102' })
      .expect(404);
    const cases: Array<[object, string, string]> = [
      [{ townCode: '431222114200' }, 'townCode', '请选择乡镇（9 位区划代码）'],
      [{ townCode: '431222199' }, 'townCode', '没有这个乡镇'],
      [{ date: '2026-02-30' }, 'date', '没有这一天'],
      [{ date: '6月6日' }, 'date', '日期格式应为 2026-06-06'],
      [{ startTime: '25:00' }, 'startTime', '时间格式应为 08:00'],
      [{ endTime: '07:00' }, 'endTime', '结束时间应晚于开始时间'],
      [{ marketName: '' }, 'marketName', '请填写集市名称'],
      [{ marketName: '   ' }, 'marketName', '请填写集市名称'],
    ];
    for (const [change, field, message] of cases) {
      const res = await as(county)
        .post('/api/cadre/market-events', { ...event, ...change })
        .expect(400);
      expect(res.body.errors[0]).toEqual({ field, message });
    }
    const [row] = await t.dataSource.query("SELECT COUNT(*) AS n FROM market_event WHERE market_name = ''");
    expect(Number(row.n)).toBe(0);
  });
});
