import { decodeFakeWxaCode, fakeOpenId, startFakeWechat, type FakeWechat } from '../../testing/fake-wechat';
import { classifyWechatErrcode, WechatApiError } from './wechat-api-error';
import { WechatClient, type WechatClientOptions } from './wechat-client';

const NOTICE = { thing1: '您有一条新的求助，请及时处理', time2: '2025-03-01 08:00' };

async function failureOf(promise: Promise<unknown>): Promise<WechatApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(WechatApiError);
    return error as WechatApiError;
  }
  throw new Error('expected a WechatApiError');
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe('WechatClient against the fake WeChat server', () => {
  let wechat: FakeWechat;

  function clientFor(overrides: Partial<WechatClientOptions> = {}): WechatClient {
    return new WechatClient({ appId: wechat.appId, secret: wechat.secret, apiBase: wechat.baseUrl, ...overrides });
  }

  function callsTo(endpoint: string) {
    return wechat.calls.filter((call) => call.endpoint === endpoint);
  }

  beforeEach(async () => {
    wechat = await startFakeWechat();
  });

  afterEach(async () => {
    await wechat.close();
  });

  describe('code2Session', () => {
    it('answers the openid and unionid of the user who logged in, and never the session_key', async () => {
      const login = wechat.issueLoginCode({ unionid: 'oUnion000000000000000000000001' });
      const session = await clientFor().code2Session(login.code);
      expect(session).toEqual({ openid: login.openid, unionid: 'oUnion000000000000000000000001' });
      expect(Object.keys(session).sort()).toEqual(['openid', 'unionid']);
    });

    it('leaves unionid out when WeChat sends none', async () => {
      const login = wechat.issueLoginCode();
      expect(await clientFor().code2Session(login.code)).toEqual({ openid: login.openid });
    });

    it('rejects an unknown code as 40029 and a code used twice as 40163, both permanent', async () => {
      const client = clientFor();
      const unknown = await failureOf(client.code2Session('not-a-real-code'));
      expect(unknown).toMatchObject({ api: 'code2Session', errcode: 40029, kind: 'permanent', reason: 'errcode' });
      const login = wechat.issueLoginCode();
      await client.code2Session(login.code);
      const reused = await failureOf(client.code2Session(login.code));
      expect(reused).toMatchObject({ errcode: 40163, kind: 'permanent' });
      expect(reused.message).toContain('登录 code 已被使用');
    });

    it.each([
      [40226, 'permanent'],
      [45011, 'retryable'],
      [-1, 'retryable'],
    ] as const)('classifies errcode %i as %s', async (errcode, kind) => {
      wechat.failNext({ errcode });
      const error = await failureOf(clientFor().code2Session(wechat.issueLoginCode().code));
      expect(error).toMatchObject({ errcode, kind, retryable: kind === 'retryable' });
    });

    it('gives a rate limit a one-minute retry hint', async () => {
      wechat.failNext({ errcode: 45011 });
      const error = await failureOf(clientFor().code2Session(wechat.issueLoginCode().code));
      expect(error.retryAfterMs).toBe(60_000);
    });

    it('reports a wrong AppSecret as 40125 without repeating it', async () => {
      const error = await failureOf(clientFor({ secret: 'wrong-secret-value' }).code2Session('abc'));
      expect(error).toMatchObject({ errcode: 40125, kind: 'permanent' });
      expect(`${error.message} ${error.stack} ${JSON.stringify(error)}`).not.toContain('wrong-secret-value');
    });

    it('refuses an empty code without calling WeChat', async () => {
      const error = await failureOf(clientFor().code2Session(''));
      expect(error).toMatchObject({ errcode: 41008, kind: 'permanent', reason: 'invalidArgument' });
      expect(wechat.calls).toHaveLength(0);
    });
  });

  describe('getUnlimitedQrCode', () => {
    it('answers a PNG whose QR code carries the scene and page it was asked for', async () => {
      const image = await clientFor().getUnlimitedQrCode({ scene: 'm=42&v=431222114', page: 'pages/market/index' });
      expect(image.subarray(0, 4)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      expect(decodeFakeWxaCode(image)).toEqual({
        scene: 'm=42&v=431222114',
        page: 'pages/market/index',
        envVersion: 'release',
      });
      expect(callsTo('getwxacodeunlimit')[0].body).toEqual({ scene: 'm=42&v=431222114', page: 'pages/market/index' });
    });

    it('passes check_path, env_version and width through', async () => {
      const image = await clientFor().getUnlimitedQrCode({
        scene: 'e=7',
        page: 'pages/market/index',
        checkPath: false,
        envVersion: 'trial',
        width: 280,
      });
      expect(decodeFakeWxaCode(image).envVersion).toBe('trial');
      expect(callsTo('getwxacodeunlimit')[0].body).toMatchObject({
        check_path: false,
        env_version: 'trial',
        width: 280,
      });
    });

    it('answers 41030 for a page the published mini-program does not have, unless check_path is off', async () => {
      await wechat.close();
      wechat = await startFakeWechat({ pages: ['pages/index/index'] });
      const client = clientFor();
      const error = await failureOf(client.getUnlimitedQrCode({ scene: 'e=1', page: 'pages/market/index' }));
      expect(error).toMatchObject({ api: 'getUnlimitedQrCode', errcode: 41030, kind: 'permanent' });
      await expect(
        client.getUnlimitedQrCode({ scene: 'e=1', page: 'pages/market/index', checkPath: false }),
      ).resolves.toBeInstanceOf(Buffer);
    });

    it.each([
      [40097, 'permanent'],
      [45009, 'retryable'],
      [-1, 'retryable'],
    ] as const)('turns the JSON answer %i into a %s error', async (errcode, kind) => {
      const client = clientFor();
      await client.getAccessToken();
      wechat.failNext({ errcode });
      const error = await failureOf(client.getUnlimitedQrCode({ scene: 'e=1', page: 'pages/market/index' }));
      expect(error).toMatchObject({ errcode, kind });
    });

    it.each([
      ['a scene over 32 characters', { scene: 'x'.repeat(33), page: 'pages/index/index' }, 40169],
      ['an empty scene', { scene: '', page: 'pages/index/index' }, 40169],
      ['a scene with Chinese', { scene: '集市=1', page: 'pages/index/index' }, 40129],
      ['a scene with %', { scene: 'a%20b', page: 'pages/index/index' }, 40129],
      ['a page with a leading slash', { scene: 'e=1', page: '/pages/index/index' }, 41030],
      ['a page with a query', { scene: 'e=1', page: 'pages/index/index?e=1' }, 41030],
      ['a page naming scancode_time', { scene: 'e=1', page: 'pages/scancode_time/index' }, 85096],
      ['a width below 280', { scene: 'e=1', page: 'pages/index/index', width: 100 }, 40097],
    ])('refuses %s before calling WeChat', async (_case, request, errcode) => {
      const error = await failureOf(clientFor().getUnlimitedQrCode(request));
      expect(error).toMatchObject({ errcode, kind: 'permanent', reason: 'invalidArgument' });
      expect(wechat.calls).toHaveLength(0);
    });

    it('accepts exactly 32 visible characters from the allowed set', async () => {
      const scene = "0aZ!#$&'()*+,/:;=?@-._~123456789";
      expect(scene).toHaveLength(32);
      const image = await clientFor().getUnlimitedQrCode({ scene, page: 'pages/index/index' });
      expect(decodeFakeWxaCode(image).scene).toBe(scene);
    });
  });

  describe('sendSubscribeMessage', () => {
    it('delivers the template data as WeChat expects it', async () => {
      const openid = fakeOpenId();
      await clientFor().sendSubscribeMessage({
        toOpenId: openid,
        templateId: 'tmpl-help-request',
        page: 'pages/cadre/inbox?from=notice',
        data: NOTICE,
        miniprogramState: 'formal',
      });
      expect(wechat.sentMessages).toEqual([
        { touser: openid, templateId: 'tmpl-help-request', page: 'pages/cadre/inbox?from=notice', data: NOTICE },
      ]);
      expect(callsTo('subscribe/send')[0].body).toMatchObject({
        touser: openid,
        template_id: 'tmpl-help-request',
        miniprogram_state: 'formal',
        data: { thing1: { value: NOTICE.thing1 }, time2: { value: NOTICE.time2 } },
      });
    });

    it('reports a user who refused or never subscribed as 43101, permanent', async () => {
      const openid = fakeOpenId();
      wechat.refuse(openid);
      const error = await failureOf(
        clientFor().sendSubscribeMessage({ toOpenId: openid, templateId: 'tmpl-help-request', data: NOTICE }),
      );
      expect(error).toMatchObject({ api: 'sendSubscribeMessage', errcode: 43101, kind: 'permanent' });
      expect(error.message).toContain('用户拒绝接收或未订阅');
      expect(error.message).not.toContain(openid);
      expect(wechat.sentMessages).toHaveLength(0);
    });

    it('reports an invalid openid (40003), template (40037) and parameter (47003) as permanent', async () => {
      await wechat.close();
      wechat = await startFakeWechat({ templates: { 'tmpl-help-request': ['thing1', 'time2'] } });
      const client = clientFor();
      const badOpenid = await failureOf(
        client.sendSubscribeMessage({ toOpenId: 'not-an-openid', templateId: 'tmpl-help-request', data: NOTICE }),
      );
      expect(badOpenid).toMatchObject({ errcode: 40003, kind: 'permanent' });
      const badTemplate = await failureOf(
        client.sendSubscribeMessage({ toOpenId: fakeOpenId(), templateId: 'tmpl-unknown', data: NOTICE }),
      );
      expect(badTemplate).toMatchObject({ errcode: 40037, kind: 'permanent' });
      const tooLong = await failureOf(
        client.sendSubscribeMessage({
          toOpenId: fakeOpenId(),
          templateId: 'tmpl-help-request',
          data: { ...NOTICE, thing1: '这一条提醒的文字超过了二十个字所以微信会拒绝它' },
        }),
      );
      expect(tooLong).toMatchObject({ errcode: 47003, kind: 'permanent' });
      expect(tooLong.providerMessage).toContain('data.thing1.value invalid');
    });
  });

  describe('access token', () => {
    it('fetches one token for many calls, sequential and concurrent', async () => {
      const client = clientFor();
      const send = () => client.sendSubscribeMessage({ toOpenId: fakeOpenId(), templateId: 't1', data: NOTICE });
      await Promise.all(Array.from({ length: 10 }, send));
      for (let i = 0; i < 5; i += 1) await send();
      await client.getUnlimitedQrCode({ scene: 'e=1', page: 'pages/index/index' });
      expect(callsTo('stable_token')).toHaveLength(1);
      expect(callsTo('subscribe/send')).toHaveLength(15);
      expect(new Set(wechat.calls.map((call) => call.tokenNo).filter(Boolean))).toEqual(new Set([1]));
      expect(callsTo('stable_token')[0].body).toEqual({
        grant_type: 'client_credential',
        appid: wechat.appId,
        force_refresh: false,
      });
    });

    it('refreshes an expired token (42001) once and retries the call once', async () => {
      const client = clientFor();
      await client.getAccessToken();
      wechat.expireAccessTokens();
      await client.sendSubscribeMessage({ toOpenId: fakeOpenId(), templateId: 't1', data: NOTICE });
      expect(wechat.calls.map((call) => [call.endpoint, call.outcome, call.tokenNo])).toEqual([
        ['stable_token', 0, undefined],
        ['subscribe/send', 42001, 1],
        ['stable_token', 0, undefined],
        ['subscribe/send', 0, 2],
      ]);
    });

    it('recovers from a token invalidated elsewhere (40001) without forcing a refresh', async () => {
      const client = clientFor();
      await client.getAccessToken();
      wechat.revokeAccessTokens();
      await expect(client.getUnlimitedQrCode({ scene: 'e=1', page: 'pages/index/index' })).resolves.toBeInstanceOf(
        Buffer,
      );
      expect(callsTo('stable_token').map((call) => call.body)).toEqual([
        expect.objectContaining({ force_refresh: false }),
        expect.objectContaining({ force_refresh: false }),
      ]);
    });

    it('retries only once: a second rejection reaches the caller as tokenExpired', async () => {
      const client = clientFor();
      await client.getAccessToken();
      wechat.failNext({ errcode: 42001 }, { times: 2, endpoint: 'subscribe/send' });
      const error = await failureOf(
        client.sendSubscribeMessage({ toOpenId: fakeOpenId(), templateId: 't1', data: NOTICE }),
      );
      expect(error).toMatchObject({ errcode: 42001, kind: 'tokenExpired', retryable: true });
      expect(callsTo('subscribe/send')).toHaveLength(2);
      // WeChat still handed out the rejected token in normal mode, so the client forced a new one.
      expect(callsTo('stable_token').map((call) => (call.body as { force_refresh: boolean }).force_refresh)).toEqual([
        false,
        false,
        true,
      ]);
    });

    it('treats 40014 like an expired token', async () => {
      const client = clientFor();
      await client.getAccessToken();
      wechat.failNext({ errcode: 40014 }, { endpoint: 'subscribe/send' });
      await client.sendSubscribeMessage({ toOpenId: fakeOpenId(), templateId: 't1', data: NOTICE });
      expect(callsTo('subscribe/send').map((call) => call.outcome)).toEqual([40014, 0]);
    });

    it('shares one refresh among concurrent calls that all met an expired token', async () => {
      const client = clientFor();
      await client.getAccessToken();
      wechat.expireAccessTokens();
      await Promise.all(
        Array.from({ length: 8 }, () =>
          client.sendSubscribeMessage({ toOpenId: fakeOpenId(), templateId: 't1', data: NOTICE }),
        ),
      );
      expect(callsTo('stable_token')).toHaveLength(2);
      expect(wechat.tokensIssued).toBe(2);
      expect(wechat.sentMessages).toHaveLength(8);
    });

    it('renews a short-lived token before it expires, so calls never meet 42001', async () => {
      await wechat.close();
      wechat = await startFakeWechat({ tokenLifetimeSeconds: 1 });
      const client = clientFor();
      await client.sendSubscribeMessage({ toOpenId: fakeOpenId(), templateId: 't1', data: NOTICE });
      await sleep(950);
      await client.sendSubscribeMessage({ toOpenId: fakeOpenId(), templateId: 't1', data: NOTICE });
      expect(callsTo('stable_token')).toHaveLength(2);
      expect(callsTo('subscribe/send').map((call) => [call.outcome, call.tokenNo])).toEqual([
        [0, 1],
        [0, 2],
      ]);
    });

    it('classifies a failing token endpoint by its errcode', async () => {
      wechat.failNext({ errcode: 40164 }, { endpoint: 'stable_token' });
      const client = clientFor();
      const blocked = await failureOf(
        client.sendSubscribeMessage({ toOpenId: fakeOpenId(), templateId: 't', data: NOTICE }),
      );
      expect(blocked).toMatchObject({ api: 'stableToken', errcode: 40164, kind: 'permanent' });
      wechat.failNext({ errcode: -1 }, { endpoint: 'stable_token' });
      const busy = await failureOf(client.getAccessToken());
      expect(busy).toMatchObject({ api: 'stableToken', errcode: -1, kind: 'retryable' });
      await expect(client.getAccessToken()).resolves.toEqual(expect.any(String));
    });
  });

  describe('transport failures', () => {
    it('gives up after timeoutMs when WeChat does not answer: retryable', async () => {
      const client = clientFor({ timeoutMs: 200 });
      wechat.failNext('hang');
      const started = Date.now();
      const error = await failureOf(client.code2Session(wechat.issueLoginCode().code));
      expect(error).toMatchObject({ kind: 'retryable', reason: 'timeout' });
      expect(Date.now() - started).toBeLessThan(2_000);
    });

    it('treats a 5xx answer as retryable and a 404 as permanent', async () => {
      const client = clientFor();
      wechat.failNext({ status: 502 });
      expect(await failureOf(client.code2Session('x'))).toMatchObject({
        kind: 'retryable',
        reason: 'httpStatus',
        httpStatus: 502,
      });
      wechat.failNext({ status: 404 });
      expect(await failureOf(client.code2Session('x'))).toMatchObject({ kind: 'permanent', httpStatus: 404 });
    });

    it('treats a dropped connection and a server that is gone as retryable network errors', async () => {
      const client = clientFor();
      wechat.failNext('drop');
      expect(await failureOf(client.code2Session('x'))).toMatchObject({ kind: 'retryable', reason: 'network' });
      const gone = clientFor({ apiBase: 'http://127.0.0.1:9' });
      expect(await failureOf(gone.code2Session('x'))).toMatchObject({ kind: 'retryable', reason: 'network' });
    });

    it('treats malformed JSON as retryable', async () => {
      wechat.failNext('malformed');
      const error = await failureOf(clientFor().code2Session('x'));
      expect(error).toMatchObject({ kind: 'retryable', reason: 'malformed' });
    });
  });

  it('never puts the AppSecret, the access token, the login code or an openid in an error', async () => {
    const client = clientFor({ timeoutMs: 200 });
    const token = await client.getAccessToken();
    const login = wechat.issueLoginCode();
    const openid = fakeOpenId();
    wechat.refuse(openid);
    const errors: WechatApiError[] = [];
    wechat.failNext({ errcode: 40029, errmsg: `invalid code ${login.code} for secret ${wechat.secret}` });
    errors.push(await failureOf(client.code2Session(login.code)));
    for (const failure of ['hang', 'drop', 'malformed', { status: 503 }] as const) {
      wechat.failNext(failure);
      errors.push(await failureOf(client.code2Session(wechat.issueLoginCode().code)));
    }
    wechat.failNext({ errcode: 42001, errmsg: `access_token ${token} expired` }, { times: 2 });
    errors.push(await failureOf(client.sendSubscribeMessage({ toOpenId: openid, templateId: 't', data: NOTICE })));
    errors.push(await failureOf(client.sendSubscribeMessage({ toOpenId: openid, templateId: 't', data: NOTICE })));
    errors.push(await failureOf(clientFor({ secret: `${wechat.secret}x` }).getAccessToken()));

    const text = errors.map((error) => `${error.message}\n${error.stack}\n${JSON.stringify(error)}`).join('\n');
    for (const secret of [wechat.secret, token, login.code, openid]) expect(text).not.toContain(secret);
    expect(JSON.stringify(wechat.calls)).not.toContain(wechat.secret);
  });

  it.each([
    [40001, 'tokenExpired'],
    [42001, 'tokenExpired'],
    [40014, 'tokenExpired'],
    [-1, 'retryable'],
    [45009, 'retryable'],
    [45011, 'retryable'],
    [43101, 'permanent'],
    [40003, 'permanent'],
    [40037, 'permanent'],
    [47003, 'permanent'],
    [41030, 'permanent'],
    [99999, 'permanent'],
  ] as const)('classifies errcode %i as %s', (errcode, kind) => {
    expect(classifyWechatErrcode(errcode)).toBe(kind);
  });
});
