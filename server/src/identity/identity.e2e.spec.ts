import { AuditEvent } from '../audit/audit-event.entity';
import { totpCode, totpStep } from '../common/crypto/totp';
import { startFakeWechat, type FakeWechat } from '../testing/fake-wechat';
import { startTestApp, type TestApp } from '../testing/test-app';
import { AccountsService } from './accounts.service';
import { Invitation } from './invitation.entity';
import { LoginThrottle } from './login-throttle.entity';
import { Session } from './session.entity';

const VILLAGE_1 = '13800000001';
const VILLAGE_2 = '13800000002';
const TOWN = '13800000003';
const COUNTY = '13800000004';

describe('identity: logins, sessions, invitations, second factor', () => {
  let t: TestApp;
  let wechat: FakeWechat;

  beforeAll(async () => {
    wechat = await startFakeWechat();
    t = await startTestApp({
      demoAccounts: true,
      config: { wechat: { appId: wechat.appId, secret: wechat.secret, apiBase: wechat.baseUrl } },
    });
  });
  afterAll(async () => {
    await t.close();
    await wechat.close();
  });

  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  // Time passing, without waiting: the locks end a second ago.
  const unlockAll = () =>
    t.dataSource
      .createQueryBuilder()
      .update(LoginThrottle)
      .set({ lockedUntil: new Date(Date.now() - 1000) })
      .execute();
  const auditActions = async (action: string) =>
    (await t.dataSource.getRepository(AuditEvent).findBy({ action: action as AuditEvent['action'] })).length;

  it('lets every demo account log in with the password alone and see who it is', async () => {
    const res = await t.http().post('/api/auth/login').send({ phone: VILLAGE_1, password: 'Hulei@2026' }).expect(200);
    expect(res.body).toMatchObject({
      expiresIn: 900,
      totpEnrolmentRequired: false,
      user: { name: '太平铺村妇联主席', role: 'federation_village', regionCode: '431222114200' },
    });
    expect(res.body.accessToken.split('.')).toHaveLength(3);
    const me = await t.http().get('/api/identity/me').set(bearer(res.body.accessToken)).expect(200);
    expect(me.body).toMatchObject({
      regionName: '太平铺村',
      phone: '138****0001',
      status: 'active',
      totpEnrolled: false,
    });
    for (const phone of [VILLAGE_2, TOWN, COUNTY, '13800000005']) await t.login(phone);
  });

  it('answers a wrong password and an unknown phone alike, and audits both', async () => {
    const before = await auditActions('login_failed');
    const wrong = await t.http().post('/api/auth/login').send({ phone: VILLAGE_2, password: 'nope1234' }).expect(401);
    const unknown = await t
      .http()
      .post('/api/auth/login')
      .send({ phone: '13999999999', password: 'nope1234' })
      .expect(401);
    expect(wrong.body).toEqual({ statusCode: 401, code: 'UNAUTHENTICATED', message: '手机号或密码不正确' });
    expect(unknown.body).toEqual(wrong.body);
    expect(await auditActions('login_failed')).toBe(before + 2);
  });

  it('locks after five failures with a growing delay, for known and unknown phones alike', async () => {
    for (const phone of ['13800000005', '13911112222']) {
      for (let i = 0; i < 5; i += 1) {
        await t.http().post('/api/auth/login').send({ phone, password: 'wrong-pass-1' }).expect(401);
      }
      const locked = await t.http().post('/api/auth/login').send({ phone, password: 'Hulei@2026' }).expect(429);
      expect(locked.body).toMatchObject({ code: 'RATE_LIMITED', message: '登录失败次数过多，请 5 分钟后再试' });
      expect(locked.headers['retry-after']).toBe('300');
    }
    expect(await auditActions('login_locked')).toBeGreaterThanOrEqual(2);
    // Unlock by time passing: the sixth failure after the lock doubles it.
    await unlockAll();
    await t.http().post('/api/auth/login').send({ phone: '13911112222', password: 'wrong-pass-1' }).expect(401);
    const longer = await t
      .http()
      .post('/api/auth/login')
      .send({ phone: '13911112222', password: 'x1234567' })
      .expect(429);
    expect(longer.body.message).toBe('登录失败次数过多，请 10 分钟后再试');
    // A right password after the lock ends logs in and clears the count.
    await unlockAll();
    await t.login('13800000005');
  });

  it('refreshes with a rotating token, and ends the session when an old refresh token comes back', async () => {
    const login = await t.http().post('/api/auth/login').send({ phone: TOWN, password: 'Hulei@2026' }).expect(200);
    const first = await t.http().post('/api/auth/refresh').send({ refreshToken: login.body.refreshToken }).expect(200);
    expect(first.body.refreshToken).not.toBe(login.body.refreshToken);
    await t.http().get('/api/identity/me').set(bearer(first.body.accessToken)).expect(200);
    // The first refresh token again: stolen. The whole session ends.
    await t.http().post('/api/auth/refresh').send({ refreshToken: login.body.refreshToken }).expect(401);
    await t.http().get('/api/identity/me').set(bearer(first.body.accessToken)).expect(401);
    await t.http().post('/api/auth/refresh').send({ refreshToken: first.body.refreshToken }).expect(401);
  });

  it('ends a session after 30 idle minutes and after 12 hours whatever the activity', async () => {
    const idle = await t.login(TOWN);
    const session = (await t.dataSource.getRepository(Session).find({ order: { createdAt: 'DESC' }, take: 1 }))[0];
    await t.dataSource.getRepository(Session).update(session.id, { lastSeenAt: new Date(Date.now() - 31 * 60 * 1000) });
    const res = await t.http().get('/api/identity/me').set(bearer(idle)).expect(401);
    expect(res.body.message).toBe('超过 30 分钟没有操作，请重新登录');

    const old = await t.login(TOWN);
    const oldSession = (await t.dataSource.getRepository(Session).find({ order: { createdAt: 'DESC' }, take: 1 }))[0];
    await t.dataSource.getRepository(Session).update(oldSession.id, { expiresAt: new Date(Date.now() - 1000) });
    expect((await t.http().get('/api/identity/me').set(bearer(old)).expect(401)).body.message).toBe(
      '登录已超过 12 小时，请重新登录',
    );
  });

  it('refuses forged, malformed and logged-out tokens with 401', async () => {
    const token = await t.login(TOWN);
    const [h, p] = token.split('.');
    await t
      .http()
      .get('/api/identity/me')
      .set(bearer(`${h}.${p}.AAAA`))
      .expect(401);
    await t.http().get('/api/identity/me').set(bearer('not-a-token')).expect(401);
    await t.http().get('/api/identity/me').expect(401);
    await t.http().post('/api/auth/logout').set(bearer(token)).expect(204);
    await t.http().get('/api/identity/me').set(bearer(token)).expect(401);
  });

  describe('invitations', () => {
    it('lets the county invite a village chair, who activates her account and is logged in', async () => {
      const county = await t.login(COUNTY);
      const invite = await t
        .http()
        .post('/api/identity/invitations')
        .set(bearer(county))
        .send({ name: '官庄村妇联主席', phone: '13900000011', role: 'federation_village', regionCode: '431222114255' })
        .expect(201);
      expect(invite.body.code).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
      const weak = await t
        .http()
        .post('/api/auth/invitations/redeem')
        .send({ code: invite.body.code, password: 'short' });
      expect(weak.status).toBe(400);
      expect(weak.body.errors).toEqual([{ field: 'password', message: '密码至少 8 位' }]);
      const redeemed = await t
        .http()
        .post('/api/auth/invitations/redeem')
        .send({ code: invite.body.code.toLowerCase(), password: 'Guanzhuang2026' })
        .expect(200);
      expect(redeemed.body.user).toMatchObject({ role: 'federation_village', regionCode: '431222114255' });
      await t.login('13900000011', 'Guanzhuang2026');
      // Used once only.
      const again = await t
        .http()
        .post('/api/auth/invitations/redeem')
        .send({ code: invite.body.code, password: 'Guanzhuang2026' })
        .expect(409);
      expect(again.body.message).toBe('这个邀请码已经用过了');
      expect(await auditActions('invitation_refused')).toBeGreaterThanOrEqual(1);
    });

    it('lets the operator of a server invite a first account, which then logs in; audited', async () => {
      const accounts = t.app.get(AccountsService);
      const invite = await accounts.createOperatorInvitation({
        name: '张桂兰',
        phone: '13900000021',
        role: 'federation_county',
        regionCode: '431222',
      });
      await expect(
        accounts.createOperatorInvitation({
          name: '张桂兰',
          phone: '13900000022',
          role: 'federation_county',
          regionCode: '431222114',
        }),
      ).rejects.toThrow('区划级别与角色不符');
      const redeemed = await t
        .http()
        .post('/api/auth/invitations/redeem')
        .send({ code: invite.code, password: 'Yuanling2026' })
        .expect(200);
      expect(redeemed.body.user).toMatchObject({ role: 'federation_county', regionCode: '431222' });
      await t.login('13900000021', 'Yuanling2026');
      const row = await t.dataSource
        .getRepository(AuditEvent)
        .findOneByOrFail({ action: 'invitation_created', detail: 'federation_county by operator' });
      expect(row.actorAccountId).toBeNull();
    });

    it('refuses an expired or unknown code with a clear message', async () => {
      const town = await t.login(TOWN);
      const invite = await t
        .http()
        .post('/api/identity/invitations')
        .set(bearer(town))
        .send({ name: '网格员', phone: '13900000012', role: 'grid_worker', regionCode: '431222114200' })
        .expect(201);
      await t.dataSource.getRepository(Invitation).update(invite.body.id, { expiresAt: new Date(Date.now() - 1000) });
      const expired = await t
        .http()
        .post('/api/auth/invitations/redeem')
        .send({ code: invite.body.code, password: 'Gridworker2026' })
        .expect(409);
      expect(expired.body.message).toBe('邀请码已过期，请联系上级重新发放');
      const unknown = await t
        .http()
        .post('/api/auth/invitations/redeem')
        .send({ code: 'ZZZZZZZZ', password: 'Gridworker2026' })
        .expect(404);
      expect(unknown.body.message).toBe('邀请码不正确，请核对后再输入');
    });

    it('lets an administrator invite only below her and only inside her jurisdiction', async () => {
      const village = await t.login(VILLAGE_1);
      const town = await t.login(TOWN);
      const up = await t
        .http()
        .post('/api/identity/invitations')
        .set(bearer(village))
        .send({ name: 'x', phone: '13900000013', role: 'federation_town', regionCode: '431222114' })
        .expect(404);
      expect(up.body.code).toBe('NOT_FOUND');
      await t
        .http()
        .post('/api/identity/invitations')
        .set(bearer(village))
        .send({ name: '志愿者', phone: '13900000014', role: 'volunteer', regionCode: '431222114200' })
        .expect(201);
      await t
        .http()
        .post('/api/identity/invitations')
        .set(bearer(town))
        .send({ name: 'x', phone: '13900000015', role: 'federation_town', regionCode: '431222114' })
        .expect(403);
      const elsewhere = await t
        .http()
        .post('/api/identity/invitations')
        .set(bearer(town))
        .send({ name: 'x', phone: '13900000016', role: 'federation_village', regionCode: '431222115201' })
        .expect(404);
      expect(elsewhere.body.message).toBe('没有找到，或不在你的管辖范围内');
      expect(await auditActions('jurisdiction_denied')).toBeGreaterThanOrEqual(2);
      const level = await t
        .http()
        .post('/api/identity/invitations')
        .set(bearer(town))
        .send({ name: 'x', phone: '13900000017', role: 'federation_village', regionCode: '431222114' })
        .expect(400);
      expect(level.body.errors).toEqual([{ field: 'regionCode', message: '区划级别与角色不符' }]);
    });
  });

  it('ends every session of a disabled account at once, and lets it back in when enabled', async () => {
    const chair = await t.login(VILLAGE_2);
    const town = await t.login(TOWN);
    const list = await t.http().get('/api/identity/accounts').set(bearer(town)).expect(200);
    const target = list.body.items.find((a: { name: string }) => a.name === '海沙坪村妇联主席');
    await t.http().post(`/api/identity/accounts/${target.id}/disable`).set(bearer(town)).expect(200);
    expect((await t.http().get('/api/identity/me').set(bearer(chair)).expect(401)).body.message).toBe(
      '登录已失效，请重新登录',
    );
    await t.http().post('/api/auth/login').send({ phone: VILLAGE_2, password: 'Hulei@2026' }).expect(401);
    await t.http().post(`/api/identity/accounts/${target.id}/enable`).set(bearer(town)).expect(200);
    await t.login(VILLAGE_2);
  });

  it('ends every session when the password changes', async () => {
    const first = await t.login(VILLAGE_2);
    const second = await t.login(VILLAGE_2);
    const wrong = await t
      .http()
      .post('/api/identity/me/password')
      .set(bearer(first))
      .send({ currentPassword: 'nope', newPassword: 'Haishaping2026' })
      .expect(400);
    expect(wrong.body.errors).toEqual([{ field: 'currentPassword', message: '当前密码不正确' }]);
    await t
      .http()
      .post('/api/identity/me/password')
      .set(bearer(first))
      .send({ currentPassword: 'Hulei@2026', newPassword: 'Haishaping2026' })
      .expect(204);
    await t.http().get('/api/identity/me').set(bearer(second)).expect(401);
    await t.http().get('/api/identity/me').set(bearer(first)).expect(401);
    await t.login(VILLAGE_2, 'Haishaping2026');
  });

  it('asks for TOTP once enrolled and refuses a replayed code', async () => {
    const county = await t.login(COUNTY);
    const start = await t.http().post('/api/identity/me/totp').set(bearer(county)).expect(200);
    expect(start.body.otpauthUri).toContain(`secret=${start.body.secret}`);
    const secret: string = start.body.secret;
    await t.http().post('/api/identity/me/totp/confirm').set(bearer(county)).send({ code: '000000' }).expect(400);
    const enrolStep = totpStep(Date.now());
    await t
      .http()
      .post('/api/identity/me/totp/confirm')
      .set(bearer(county))
      .send({ code: totpCode(secret, enrolStep) })
      .expect(204);

    const missing = await t.http().post('/api/auth/login').send({ phone: COUNTY, password: 'Hulei@2026' }).expect(401);
    expect(missing.body.code).toBe('TOTP_REQUIRED');
    // The code used to enrol cannot be used again; the next step's can, once.
    const replay = await t
      .http()
      .post('/api/auth/login')
      .send({ phone: COUNTY, password: 'Hulei@2026', totp: totpCode(secret, enrolStep) })
      .expect(401);
    expect(replay.body.code).toBe('TOTP_REQUIRED');
    const next = totpCode(secret, enrolStep + 1);
    await t.http().post('/api/auth/login').send({ phone: COUNTY, password: 'Hulei@2026', totp: next }).expect(200);
    await t.http().post('/api/auth/login').send({ phone: COUNTY, password: 'Hulei@2026', totp: next }).expect(401);
    await t.dataSource.createQueryBuilder().delete().from(LoginThrottle).execute();
  });

  it('binds a cadre’s WeChat, then logs her in with WeChat and her password', async () => {
    const token = await t.login(TOWN);
    const user = wechat.issueLoginCode();
    const bound = await t
      .http()
      .post('/api/identity/me/wechat')
      .set(bearer(token))
      .send({ code: user.code })
      .expect(200);
    expect(bound.body.wechatBound).toBe(true);
    const login = await t
      .http()
      .post('/api/auth/wechat-login')
      .send({ code: wechat.issueLoginCode({ openid: user.openid }).code, password: 'Hulei@2026' })
      .expect(200);
    expect(login.body.user.name).toBe('官庄镇妇联');
    const stranger = await t
      .http()
      .post('/api/auth/wechat-login')
      .send({ code: wechat.issueLoginCode().code, password: 'Hulei@2026' })
      .expect(401);
    expect(stranger.body.message).toContain('还没有绑定');
    const used = await t
      .http()
      .post('/api/auth/wechat-login')
      .send({ code: user.code, password: 'Hulei@2026' })
      .expect(401);
    expect(used.body.message).toBe('微信登录凭证无效或已用过，请重新打开小程序再试');
  });

  it('lets the city read its audit trail and nobody change it', async () => {
    const city = await t.login('13800000005');
    const trail = await t.http().get('/api/audit-events').set(bearer(city)).query({ limit: 200 }).expect(200);
    const actions = new Set(trail.body.map((e: { action: string }) => e.action));
    for (const action of ['login_succeeded', 'login_failed', 'account_disabled', 'invitation_created']) {
      expect(actions).toContain(action);
    }
    expect(JSON.stringify(trail.body)).not.toMatch(/Hulei@2026|13800000001/);
    const village = await t.login(VILLAGE_1);
    await t.http().get('/api/audit-events').set(bearer(village)).expect(403);
    await expect(t.dataSource.query("UPDATE audit_event SET outcome = 'ok'")).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query('DELETE FROM audit_event')).rejects.toThrow(/append-only/);
  });
});

describe('identity in production mode', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ demoAccounts: true, config: { mode: 'production' } });
  });
  afterAll(() => t.close());

  it('makes a county account enrol TOTP before anything else', async () => {
    const login = await t.http().post('/api/auth/login').send({ phone: COUNTY, password: 'Hulei@2026' }).expect(200);
    expect(login.body.totpEnrolmentRequired).toBe(true);
    const auth = { Authorization: `Bearer ${login.body.accessToken}` };
    const blocked = await t.http().get('/api/identity/accounts').set(auth).expect(403);
    expect(blocked.body.code).toBe('TOTP_ENROLMENT_REQUIRED');
    const { secret } = (await t.http().post('/api/identity/me/totp').set(auth).expect(200)).body;
    await t
      .http()
      .post('/api/identity/me/totp/confirm')
      .set(auth)
      .send({ code: totpCode(secret, totpStep(Date.now())) })
      .expect(204);
    await t.http().get('/api/identity/accounts').set(auth).expect(200);
    // A village chair is not asked to.
    const village = await t
      .http()
      .post('/api/auth/login')
      .send({ phone: VILLAGE_1, password: 'Hulei@2026' })
      .expect(200);
    expect(village.body.totpEnrolmentRequired).toBe(false);
  });
});
