import { ClocksService } from '../clocks/clocks.service';
import { AccountsService } from '../identity/accounts.service';
import { Notification } from '../notifications/notification.entity';
import { startTestApp, type TestApp } from '../testing/test-app';

const MINUTE = 60 * 1000;
const PROVINCE = '13700000043';

describe('public-opinion cases under the "2112" rule', () => {
  let t: TestApp;
  let clocks: ClocksService;
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const tokens: Record<string, string> = {};
  const as = (who: string) => bearer(tokens[who]);
  const notified = async (kind: string) =>
    (await t.dataSource.getRepository(Notification).findBy({ kind: kind as Notification['kind'] }))
      .map((n) => n.regionCode)
      .sort();

  beforeAll(async () => {
    t = await startTestApp({ demoAccounts: true, regionRoot: '4312' });
    clocks = t.app.get(ClocksService);
    await t.app.get(AccountsService).ensureAccount({
      phone: PROVINCE,
      name: '湖南省妇联',
      role: 'federation_province',
      regionCode: '43',
      password: 'Province2026',
    });
    tokens.province = await t.login(PROVINCE, 'Province2026');
    tokens.city = await t.login('13800000005');
    tokens.county = await t.login('13800000004');
    tokens.town = await t.login('13800000003');
    tokens.village = await t.login('13800000001');
  });
  afterAll(() => t.close());

  const register = (who = 'province') =>
    t
      .http()
      .post('/api/opinion-cases')
      .set(as(who))
      .send({
        regionCode: '431222114200',
        severity: 'high',
        description: '网传某村儿童遭受侵害',
        source: '某短视频平台',
      })
      .expect(201);

  it('walks a case from the province to the town in time, with who held it and for how long', async () => {
    const created = await register();
    const id = created.body.id;
    expect(created.body).toMatchObject({ currentLevel: 'province', status: 'open', overdue: false });
    expect(new Date(created.body.stepDueAt).getTime() - new Date(created.body.startedAt).getTime()).toBe(20 * MINUTE);
    expect(new Date(created.body.feedbackDueAt).getTime() - new Date(created.body.startedAt).getTime()).toBe(
      120 * MINUTE,
    );

    await t.http().post(`/api/opinion-cases/${id}/hand-on`).set(as('province')).expect(200);
    expect(await notified('opinion_case_assigned')).toEqual(['4312']);
    const atCity = await t.http().post(`/api/opinion-cases/${id}/acknowledge`).set(as('city')).expect(200);
    expect(atCity.body.currentLevel).toBe('city');
    await t.http().post(`/api/opinion-cases/${id}/acknowledge`).set(as('city')).expect(409);
    // The county can see the case but cannot act for the city.
    await t.http().get(`/api/opinion-cases/${id}`).set(as('county')).expect(200);
    await t.http().post(`/api/opinion-cases/${id}/hand-on`).set(as('county')).expect(403);
    await t.http().post(`/api/opinion-cases/${id}/hand-on`).set(as('city')).expect(200);
    await t.http().post(`/api/opinion-cases/${id}/hand-on`).set(as('county')).expect(200);
    const early = await t
      .http()
      .post(`/api/opinion-cases/${id}/feedback`)
      .set(as('county'))
      .send({ facts: 'x', serviceStarted: 'y' })
      .expect(403);
    expect(early.body.code).toBe('FORBIDDEN');
    await t.http().post(`/api/opinion-cases/${id}/hand-on`).set(as('town')).expect(409);
    const done = await t
      .http()
      .post(`/api/opinion-cases/${id}/feedback`)
      .set(as('town'))
      .send({ facts: '经核实，网传内容不实，涉事儿童安全', serviceStarted: '已安排心理疏导' })
      .expect(200);
    expect(done.body).toMatchObject({ status: 'feedback_reported', currentLevel: 'town', overdue: false });
    expect(done.body.feedback).toContain('已安排心理疏导');
    expect(
      done.body.steps.map((s: { level: string; regionName: string; missed: boolean }) => [
        s.level,
        s.regionName,
        s.missed,
      ]),
    ).toEqual([
      ['province', '湖南省', false],
      ['city', '怀化市', false],
      ['county', '沅陵县', false],
      ['town', '官庄镇', false],
    ]);
    expect(done.body.steps[1]).toMatchObject({ acknowledgedByName: '怀化市妇联', handedOnByName: '怀化市妇联' });
    expect(done.body.steps.every((s: { heldSeconds: number }) => s.heldSeconds >= 0)).toBe(true);
    expect(await clocks.fireDue(new Date(Date.now() + 200 * MINUTE))).toBe(0);
    expect(await notified('opinion_step_missed')).toEqual([]);
  });

  it('tells the city when the county misses its ten minutes, and the town can still report', async () => {
    const created = await register('city');
    const id = created.body.id;
    expect(created.body.currentLevel).toBe('city');
    await t.http().post(`/api/opinion-cases/${id}/hand-on`).set(as('city')).expect(200);
    const start = Date.now();
    await clocks.fireDue(new Date(start + 11 * MINUTE));
    const late = await t.http().get(`/api/opinion-cases/${id}`).set(as('city')).expect(200);
    expect(late.body.overdue).toBe(true);
    expect(late.body.steps.map((s: { level: string; missed: boolean }) => `${s.level}:${s.missed}`)).toEqual([
      'city:false',
      'county:true',
    ]);
    expect(await notified('opinion_step_missed')).toEqual(['4312']);
    await t.http().post(`/api/opinion-cases/${id}/hand-on`).set(as('county')).expect(200);
    await t
      .http()
      .post(`/api/opinion-cases/${id}/feedback`)
      .set(as('town'))
      .send({ facts: '已核实', serviceStarted: '已转介一站式中心' })
      .expect(200);
    const list = await t.http().get('/api/opinion-cases').set(as('town')).expect(200);
    expect(list.body.items.find((c: { id: string }) => c.id === id)).toMatchObject({
      status: 'feedback_reported',
      overdue: true,
    });
  });

  it('tells the level above the holder when no feedback comes within two hours', async () => {
    const created = await register('city');
    const id = created.body.id;
    await t.http().post(`/api/opinion-cases/${id}/hand-on`).set(as('city')).expect(200);
    await t.http().post(`/api/opinion-cases/${id}/hand-on`).set(as('county')).expect(200);
    await clocks.fireDue(new Date(Date.now() + 121 * MINUTE));
    expect(await notified('opinion_feedback_overdue')).toEqual(['431222']);
    const detail = await t.http().get(`/api/opinion-cases/${id}`).set(as('county')).expect(200);
    expect(detail.body).toMatchObject({ status: 'open', overdue: true, currentLevel: 'town' });
  });

  it('lets only the province and the city register, and only for a town or village in their region', async () => {
    await t
      .http()
      .post('/api/opinion-cases')
      .set(as('county'))
      .send({ regionCode: '431222114200', severity: 'low', description: 'x' })
      .expect(403);
    const county = await t
      .http()
      .post('/api/opinion-cases')
      .set(as('city'))
      .send({ regionCode: '431222', severity: 'low', description: 'x' })
      .expect(400);
    expect(county.body.errors[0].field).toBe('regionCode');
    await t.http().get('/api/opinion-cases').set(as('village')).expect(200);
  });
});
