import { startFakeSms, type FakeSms, type FakeSmsOptions } from '../../testing/fake-sms';
import { classifySmsCode, SmsApiError } from './sms-api-error';
import { SmsClient, type SmsClientOptions } from './sms-client';
import { signTc3 } from './tc3-signature';

const PHONE = '13800138000';
const E164 = '+8613800138000';
const NOTICE = { phone: PHONE, templateId: '2112001', params: ['官庄镇', '30'] };

async function failureOf(promise: Promise<unknown>): Promise<SmsApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(SmsApiError);
    return error as SmsApiError;
  }
  throw new Error('expected an SmsApiError');
}

describe('SmsClient against the fake Tencent Cloud SMS', () => {
  let sms: FakeSms;

  async function restart(options: FakeSmsOptions): Promise<void> {
    await sms.close();
    sms = await startFakeSms(options);
  }

  function clientFor(overrides: Partial<SmsClientOptions> = {}): SmsClient {
    return new SmsClient({
      apiBase: sms.baseUrl,
      secretId: sms.secretId,
      secretKey: sms.secretKey,
      sdkAppId: sms.sdkAppId,
      signName: sms.signName,
      ...overrides,
    });
  }

  /** A hand-made API 3.0 request, to show what the fake accepts and refuses. */
  async function rawCall(body: string, signedBody: string, timestamp = Math.floor(Date.now() / 1000)) {
    const host = new URL(sms.baseUrl).host;
    const { authorization } = signTc3({
      secretId: sms.secretId,
      secretKey: sms.secretKey,
      service: 'sms',
      timestamp,
      headers: { 'content-type': 'application/json', host },
      payload: signedBody,
    });
    const response = await fetch(`${sms.baseUrl}/`, {
      method: 'POST',
      headers: {
        Authorization: authorization,
        'Content-Type': 'application/json',
        'X-TC-Action': 'SendSms',
        'X-TC-Version': '2021-01-11',
        'X-TC-Timestamp': String(timestamp),
        'X-TC-Region': 'ap-guangzhou',
      },
      body,
    });
    return (await response.json()) as { Response: { Error?: { Code: string }; SendStatusSet?: unknown[] } };
  }

  beforeEach(async () => {
    sms = await startFakeSms();
  });

  afterEach(async () => {
    await sms.close();
  });

  it('sends one templated message, signed, and answers its status', async () => {
    const status = await clientFor().send({ ...NOTICE, sessionContext: 'outbox-17' });
    expect(status).toEqual({
      phoneNumber: E164,
      serialNo: expect.stringMatching(/^2640:/),
      fee: 1,
      isoCode: 'CN',
      sessionContext: 'outbox-17',
      requestId: expect.any(String),
    });
    expect(sms.sent).toEqual([
      {
        phoneNumber: E164,
        templateId: '2112001',
        params: ['官庄镇', '30'],
        serialNo: status.serialNo,
        sessionContext: 'outbox-17',
      },
    ]);
    expect(sms.calls[0]).toMatchObject({
      action: 'SendSms',
      version: '2021-01-11',
      region: 'ap-guangzhou',
      signatureValid: true,
      sdkAppId: sms.sdkAppId,
      signName: '护蕾',
      outcome: 'Ok',
    });
  });

  it.each(['13800138000', '+8613800138000', '008613800138000', '+86 138 0013 8000'])(
    'normalises %s to E.164',
    async (phone) => {
      expect((await clientFor().send({ ...NOTICE, phone })).phoneNumber).toBe(E164);
      expect(sms.calls[0].phoneNumbers).toEqual([E164]);
    },
  );

  it('sends numeric parameters as strings and uses the configured region', async () => {
    await clientFor({ region: 'ap-beijing' }).send({ ...NOTICE, params: [2112, 'x'] });
    expect(sms.calls[0]).toMatchObject({ region: 'ap-beijing', templateParams: ['2112', 'x'] });
  });

  it('refuses a number that is not one, before calling Tencent and without repeating it', async () => {
    const error = await failureOf(clientFor().send({ ...NOTICE, phone: '0731-8123456' }));
    expect(error).toMatchObject({
      code: 'InvalidParameterValue.IncorrectPhoneNumber',
      kind: 'permanent',
      scope: 'invalidArgument',
    });
    expect(error.message).not.toContain('8123456');
    expect(sms.calls).toHaveLength(0);
  });

  describe('authentication', () => {
    it('answers AuthFailure.SignatureFailure, permanent, when the secret key is wrong', async () => {
      const error = await failureOf(clientFor({ secretKey: 'not-the-right-key' }).send(NOTICE));
      expect(error).toMatchObject({ code: 'AuthFailure.SignatureFailure', kind: 'permanent', scope: 'request' });
      expect(error.requestId).toEqual(expect.any(String));
      expect(sms.calls[0].signatureValid).toBe(false);
      expect(sms.sent).toHaveLength(0);
    });

    it('answers AuthFailure.SecretIdNotFound for an unknown SecretId', async () => {
      const error = await failureOf(clientFor({ secretId: 'AKIDunknown' }).send(NOTICE));
      expect(error).toMatchObject({ code: 'AuthFailure.SecretIdNotFound', kind: 'permanent' });
    });

    it('checks the signature against the body that arrived, and the timestamp against the clock', async () => {
      const body = JSON.stringify({
        PhoneNumberSet: [E164],
        SmsSdkAppId: sms.sdkAppId,
        SignName: sms.signName,
        TemplateId: '2112001',
        TemplateParamSet: [],
      });
      expect((await rawCall(body, body)).Response.SendStatusSet).toHaveLength(1);
      const tampered = body.replace(E164, '+8613900139000');
      expect((await rawCall(tampered, body)).Response.Error?.Code).toBe('AuthFailure.SignatureFailure');
      const stale = Math.floor(Date.now() / 1000) - 600;
      expect((await rawCall(body, body, stale)).Response.Error?.Code).toBe('AuthFailure.SignatureExpire');
      expect(sms.sent).toHaveLength(1);
    });
  });

  describe('request errors (Response.Error)', () => {
    it.each([
      ['RequestLimitExceeded', 'retryable'],
      ['InternalError.Timeout', 'retryable'],
      ['InternalError.OtherError', 'retryable'],
      ['FailedOperation.TemplateIncorrectOrUnapproved', 'permanent'],
      ['FailedOperation.InsufficientBalanceInSmsPackage', 'permanent'],
      ['UnauthorizedOperation.RequestIpNotInWhitelist', 'permanent'],
    ] as const)('classifies %s as %s', async (code, kind) => {
      sms.failNext({ code });
      const error = await failureOf(clientFor().send(NOTICE));
      expect(error).toMatchObject({ code, kind, scope: 'request', retryable: kind === 'retryable' });
    });

    it('answers an unapproved template, signature or parameter count as permanent', async () => {
      await restart({ templates: { '2112001': 2 }, signNames: ['护蕾'] });
      const client = clientFor();
      expect(await failureOf(client.send({ ...NOTICE, templateId: '999' }))).toMatchObject({
        code: 'FailedOperation.TemplateIncorrectOrUnapproved',
        kind: 'permanent',
      });
      expect(await failureOf(client.send({ ...NOTICE, params: ['only one'] }))).toMatchObject({
        code: 'FailedOperation.TemplateParamSetNotMatchApprovedTemplate',
        kind: 'permanent',
      });
      expect(await failureOf(clientFor({ signName: '别的签名' }).send(NOTICE))).toMatchObject({
        code: 'FailedOperation.SignatureIncorrectOrUnapproved',
        kind: 'permanent',
      });
      expect(await failureOf(clientFor({ sdkAppId: '1400999999' }).send(NOTICE))).toMatchObject({
        code: 'InvalidParameterValue.SdkAppIdNotExist',
        kind: 'permanent',
      });
    });

    it('gives a request rate limit a one-second retry hint', async () => {
      sms.failNext({ code: 'RequestLimitExceeded' });
      expect((await failureOf(clientFor().send(NOTICE))).retryAfterMs).toBe(1_000);
    });
  });

  describe('per-number errors (SendStatusSet)', () => {
    it('reports the 30-second limit as retryable after 30 s', async () => {
      await restart({ limits: { perThirtySeconds: 1 } });
      const client = clientFor();
      await client.send(NOTICE);
      const error = await failureOf(client.send(NOTICE));
      expect(error).toMatchObject({
        code: 'LimitExceeded.PhoneNumberThirtySecondLimit',
        kind: 'retryable',
        scope: 'number',
        retryAfterMs: 30_000,
      });
      await expect(client.send({ ...NOTICE, phone: '13900139000' })).resolves.toMatchObject({ fee: 1 });
    });

    it('reports the daily limit as retryable after midnight in China', async () => {
      sms.failNext({ numberCode: 'LimitExceeded.PhoneNumberDailyLimit' });
      const error = await failureOf(clientFor().send(NOTICE));
      expect(error).toMatchObject({ code: 'LimitExceeded.PhoneNumberDailyLimit', kind: 'retryable', scope: 'number' });
      expect(error.retryAfterMs).toBeGreaterThan(0);
      expect(error.retryAfterMs).toBeLessThanOrEqual(86_400_000);
    });

    it('reports an opted-out number and a number Tencent finds wrong as permanent', async () => {
      sms.blacklist(E164);
      expect(await failureOf(clientFor().send(NOTICE))).toMatchObject({
        code: 'FailedOperation.PhoneNumberInBlacklist',
        kind: 'permanent',
        scope: 'number',
      });
      sms.failNext({ numberCode: 'InvalidParameterValue.IncorrectPhoneNumber' });
      expect(await failureOf(clientFor().send({ ...NOTICE, phone: '13900139000' }))).toMatchObject({
        code: 'InvalidParameterValue.IncorrectPhoneNumber',
        kind: 'permanent',
      });
    });
  });

  describe('transport failures', () => {
    it('gives up after timeoutMs when Tencent does not answer: retryable', async () => {
      sms.failNext('hang');
      const started = Date.now();
      const error = await failureOf(clientFor({ timeoutMs: 200 }).send(NOTICE));
      expect(error).toMatchObject({ code: 'Timeout', kind: 'retryable', scope: 'transport' });
      expect(Date.now() - started).toBeLessThan(2_000);
    });

    it('treats a 5xx answer as retryable and a 404 as permanent', async () => {
      sms.failNext({ status: 503 });
      expect(await failureOf(clientFor().send(NOTICE))).toMatchObject({
        code: 'HttpStatus',
        httpStatus: 503,
        kind: 'retryable',
      });
      sms.failNext({ status: 404 });
      expect(await failureOf(clientFor().send(NOTICE))).toMatchObject({ httpStatus: 404, kind: 'permanent' });
    });

    it('treats a dropped connection, a server that is gone and malformed JSON as retryable', async () => {
      sms.failNext('drop');
      expect(await failureOf(clientFor().send(NOTICE))).toMatchObject({ code: 'Network', kind: 'retryable' });
      expect(await failureOf(clientFor({ apiBase: 'http://127.0.0.1:9' }).send(NOTICE))).toMatchObject({
        code: 'Network',
        kind: 'retryable',
      });
      sms.failNext('malformed');
      expect(await failureOf(clientFor().send(NOTICE))).toMatchObject({ code: 'MalformedResponse', kind: 'retryable' });
    });
  });

  it('never puts the number, the parameters or a key in an error', async () => {
    const secretKey = sms.secretKey;
    const params = ['张桂兰', '431222114201'];
    const errors: SmsApiError[] = [];
    const client = clientFor({ timeoutMs: 200 });
    sms.failNext({
      code: 'InvalidParameterValue.IncorrectPhoneNumber',
      message: `bad number ${E164} for ${params[0]}`,
    });
    errors.push(await failureOf(client.send({ ...NOTICE, params })));
    sms.failNext({ numberCode: 'LimitExceeded.PhoneNumberDailyLimit', message: `${PHONE} is over the limit` });
    errors.push(await failureOf(client.send({ ...NOTICE, params })));
    for (const failure of ['hang', 'drop', 'malformed', { status: 502 }] as const) {
      sms.failNext(failure);
      errors.push(await failureOf(client.send({ ...NOTICE, params })));
    }
    errors.push(await failureOf(clientFor({ secretKey: `${secretKey}x` }).send({ ...NOTICE, params })));
    errors.push(await failureOf(client.send({ ...NOTICE, phone: '1380013800' })));

    const text = errors.map((error) => `${error.message}\n${error.stack}\n${JSON.stringify(error)}`).join('\n');
    for (const secret of ['13800138000', '1380013800', ...params, secretKey, sms.secretId]) {
      expect(text).not.toContain(secret);
    }
  });

  it.each([
    ['InternalError.Timeout', 'retryable'],
    ['RequestLimitExceeded.IPLimitExceeded', 'retryable'],
    ['LimitExceeded.PhoneNumberOneHourLimit', 'retryable'],
    ['LimitExceeded.DeliveryFrequencyLimit', 'retryable'],
    ['LimitExceeded.PhoneNumberCountLimit', 'permanent'],
    ['AuthFailure.SignatureFailure', 'permanent'],
    ['AuthFailure.SignatureExpire', 'permanent'],
    ['FailedOperation.PhoneNumberInBlacklist', 'permanent'],
    ['InvalidParameterValue.IncorrectPhoneNumber', 'permanent'],
    ['SomethingNew.NobodyKnows', 'permanent'],
  ] as const)('classifies %s as %s', (code, kind) => {
    expect(classifySmsCode(code)).toBe(kind);
  });
});
