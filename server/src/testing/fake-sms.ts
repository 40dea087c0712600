import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseTc3Authorization, signTc3, tc3Date } from '../common/sms/tc3-signature';
import { closeServer, readBody } from './fake-wechat';

/**
 * A local stand-in for Tencent Cloud SMS (sms.tencentcloudapi.com): `SendSms` of API version
 * 2021-01-11, checking the TC3-HMAC-SHA256 signature with the same secret like the real service.
 *
 *   const sms = await startFakeSms();
 *   const client = new SmsClient({ apiBase: sms.baseUrl, secretId: sms.secretId, secretKey: sms.secretKey,
 *                                  sdkAppId: sms.sdkAppId, signName: sms.signName });
 *   sms.failNext({ code: 'RequestLimitExceeded' });
 *   sms.sent;    // messages accepted: number, template, parameters
 *   sms.calls;   // everything received, keys left out
 *   await sms.close();
 */

/**
 * How a call can be made to fail: `hang` never answers, `drop` closes the socket, `malformed` sends
 * broken JSON; `code` answers Response.Error, `numberCode` a failed SendStatusSet entry.
 */
export type FakeSmsFailure =
  | 'hang'
  | 'drop'
  | 'malformed'
  | { status: number; body?: string }
  | { code: string; message?: string }
  | { numberCode: string; message?: string };

export interface FakeSmsCall {
  action?: string;
  version?: string;
  region?: string;
  /** Whether the TC3 signature checked out against the fake's secret key. */
  signatureValid: boolean;
  phoneNumbers: string[];
  templateId?: string;
  templateParams: string[];
  signName?: string;
  sdkAppId?: string;
  /** `Ok`, the error code answered, or the injected transport failure. */
  outcome: string;
}

export interface FakeSmsOptions {
  secretId?: string;
  secretKey?: string;
  sdkAppId?: string;
  /** Approved signatures; the first is `signName`. */
  signNames?: string[];
  /** Approved templates and their parameter counts; when given, others are unapproved. */
  templates?: Record<string, number>;
  /** Per-number limits, off unless given (Tencent's defaults are 1 / 30 s, 5 / hour, 10 / day). */
  limits?: { perThirtySeconds?: number; perHour?: number; perDay?: number };
}

export interface FakeSmsMessage {
  phoneNumber: string;
  templateId: string;
  params: string[];
  serialNo: string;
  /** What the sender put in SessionContext (echoed back like Tencent does); '' when nothing. */
  sessionContext: string;
}

export interface FakeSms {
  baseUrl: string;
  secretId: string;
  secretKey: string;
  sdkAppId: string;
  signName: string;
  calls: FakeSmsCall[];
  /** Messages accepted, in order. */
  sent: FakeSmsMessage[];
  failNext(failure: FakeSmsFailure, options?: { times?: number }): void;
  /** The number opted out: sends to it answer FailedOperation.PhoneNumberInBlacklist. */
  blacklist(phoneNumber: string): void;
  close(): Promise<void>;
}

const MESSAGES: Record<string, string> = {
  'AuthFailure.InvalidAuthorization': 'Authorization header is not in the TC3-HMAC-SHA256 format.',
  'AuthFailure.SecretIdNotFound': 'The SecretId is not found, please ensure that your SecretId is correct.',
  'AuthFailure.SignatureExpire': 'Signature expired. Timestamp differs from the server time by more than 300 s.',
  'AuthFailure.SignatureFailure':
    'The provided credentials could not be validated. Please check your signature is correct.',
  InvalidAction: 'The requested action does not exist.',
  NoSuchVersion: 'The requested version does not exist.',
  MissingParameter: 'A required parameter is missing.',
  'FailedOperation.FailResolvePacket': 'request package resolve failed',
  'InvalidParameterValue.SdkAppIdNotExist': 'the SdkAppId does not exist',
  'FailedOperation.SignatureIncorrectOrUnapproved': 'signature format error or signature not approved',
  'FailedOperation.TemplateIncorrectOrUnapproved': 'template is not approved or request content does not match',
  'FailedOperation.TemplateParamSetNotMatchApprovedTemplate': 'template parameters do not match the template',
  'FailedOperation.PhoneNumberInBlacklist': 'the number is in the blocklist',
  'InvalidParameterValue.IncorrectPhoneNumber': 'incorrect phone number format',
  'LimitExceeded.PhoneNumberThirtySecondLimit':
    'the number of sms sent to a single number within 30 seconds exceeds the limit',
  'LimitExceeded.PhoneNumberOneHourLimit': 'the number of sms sent to a single number within 1 hour exceeds the limit',
  'LimitExceeded.PhoneNumberDailyLimit': 'the number of sms sent to a single number every day exceeds the limit',
  'InternalError.Timeout': 'request timed out',
  RequestLimitExceeded: 'Your current request times equals to `MaxRequestTimes` in a minute.',
};

const E164 = /^\+[1-9]\d{6,14}$/;

export async function startFakeSms(options: FakeSmsOptions = {}): Promise<FakeSms> {
  const secretId = options.secretId ?? `AKID${randomBytes(16).toString('hex')}`;
  const secretKey = options.secretKey ?? randomBytes(16).toString('hex');
  const sdkAppId = options.sdkAppId ?? '1400000000';
  const signNames = options.signNames ?? ['护蕾'];
  const calls: FakeSmsCall[] = [];
  const sent: FakeSmsMessage[] = [];
  const failures: Array<{ failure: FakeSmsFailure; remaining: number }> = [];
  const blacklisted = new Set<string>();
  const history = new Map<string, number[]>();

  function takeFailure(): FakeSmsFailure | undefined {
    const pending = failures[0];
    if (!pending) return undefined;
    pending.remaining -= 1;
    if (pending.remaining <= 0) failures.shift();
    return pending.failure;
  }

  /** The Tencent error code this request earns before its body is looked at, if any. */
  function checkAuthentication(req: IncomingMessage, raw: Buffer, call: FakeSmsCall): string | undefined {
    const parsed = parseTc3Authorization(header(req, 'authorization') ?? '');
    if (!parsed) return 'AuthFailure.InvalidAuthorization';
    if (parsed.secretId !== secretId) return 'AuthFailure.SecretIdNotFound';
    const timestamp = Number(header(req, 'x-tc-timestamp'));
    if (!Number.isInteger(timestamp)) return 'MissingParameter';
    if (Math.abs(Date.now() / 1000 - timestamp) > 300) return 'AuthFailure.SignatureExpire';
    const names = parsed.signedHeaders;
    if (!names.includes('content-type') || !names.includes('host')) return 'AuthFailure.SignatureFailure';
    // Rebuilt from what arrived, so a body or header changed after signing fails like at Tencent.
    const headers = Object.fromEntries(names.map((name) => [name, header(req, name) ?? '']));
    const expected = signTc3({ secretId, secretKey, service: parsed.service, timestamp, headers, payload: raw });
    const valid =
      parsed.service === 'sms' &&
      parsed.date === tc3Date(timestamp) &&
      timingSafeEqual(Buffer.from(expected.signature), Buffer.from(parsed.signature));
    call.signatureValid = valid;
    return valid ? undefined : 'AuthFailure.SignatureFailure';
  }

  function limitCode(phoneNumber: string): string | undefined {
    const limits = options.limits;
    if (!limits) return undefined;
    const now = Date.now();
    const times = (history.get(phoneNumber) ?? []).filter((at) => now - at < 86_400_000);
    const within = (ms: number): number => times.filter((at) => now - at < ms).length;
    if (limits.perThirtySeconds !== undefined && within(30_000) >= limits.perThirtySeconds) {
      return 'LimitExceeded.PhoneNumberThirtySecondLimit';
    }
    if (limits.perHour !== undefined && within(3_600_000) >= limits.perHour)
      return 'LimitExceeded.PhoneNumberOneHourLimit';
    if (limits.perDay !== undefined && times.length >= limits.perDay) return 'LimitExceeded.PhoneNumberDailyLimit';
    history.set(phoneNumber, [...times, now]);
    return undefined;
  }

  function sendStatus(
    phoneNumber: string,
    code: string,
    message?: string,
    sessionContext = '',
  ): Record<string, unknown> {
    const ok = code === 'Ok';
    return {
      SerialNo: ok ? `2640:${randomBytes(12).toString('hex')}` : '',
      PhoneNumber: phoneNumber,
      Fee: ok ? 1 : 0,
      SessionContext: sessionContext,
      Code: code,
      Message: message ?? (ok ? 'send success' : (MESSAGES[code] ?? code)),
      IsoCode: phoneNumber.startsWith('+86') ? 'CN' : 'DEF',
    };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const call: FakeSmsCall = {
      action: header(req, 'x-tc-action'),
      version: header(req, 'x-tc-version'),
      region: header(req, 'x-tc-region'),
      signatureValid: false,
      phoneNumbers: [],
      templateParams: [],
      outcome: 'Ok',
    };
    calls.push(call);
    const requestId = randomUUID();
    const answer = (response: Record<string, unknown>): void => {
      res
        .writeHead(200, { 'Content-Type': 'application/json' })
        .end(JSON.stringify({ Response: { ...response, RequestId: requestId } }));
    };
    const answerError = (code: string, message?: string): void => {
      call.outcome = code;
      answer({ Error: { Code: code, Message: message ?? MESSAGES[code] ?? code } });
    };

    let body: Record<string, unknown> | undefined;
    try {
      const parsed: unknown = JSON.parse(raw.toString('utf8'));
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
        body = parsed as Record<string, unknown>;
      }
    } catch {
      body = undefined;
    }
    if (body) {
      call.phoneNumbers = Array.isArray(body.PhoneNumberSet) ? body.PhoneNumberSet.map(String) : [];
      call.templateParams = Array.isArray(body.TemplateParamSet) ? body.TemplateParamSet.map(String) : [];
      call.templateId = typeof body.TemplateId === 'string' ? body.TemplateId : undefined;
      call.signName = typeof body.SignName === 'string' ? body.SignName : undefined;
      call.sdkAppId = typeof body.SmsSdkAppId === 'string' ? body.SmsSdkAppId : undefined;
    }

    if (req.method !== 'POST' || new URL(req.url ?? '/', 'http://fake').pathname !== '/') {
      call.outcome = 'http 404';
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not Found');
      return;
    }

    const failure = takeFailure();
    if (failure === 'hang') {
      call.outcome = 'hang';
      return;
    }
    if (failure === 'drop') {
      call.outcome = 'drop';
      req.socket.destroy();
      return;
    }
    if (failure === 'malformed') {
      call.outcome = 'malformed';
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"Response":{"SendStatusSet":[');
      return;
    }
    if (failure && 'status' in failure) {
      call.outcome = `http ${failure.status}`;
      res.writeHead(failure.status, { 'Content-Type': 'text/html' }).end(failure.body ?? '<html>Bad Gateway</html>');
      return;
    }

    const authError = checkAuthentication(req, raw, call);
    if (authError) return answerError(authError);
    if (failure && 'code' in failure) return answerError(failure.code, failure.message);
    if (call.action !== 'SendSms') return answerError('InvalidAction');
    if (call.version !== '2021-01-11') return answerError('NoSuchVersion');
    if (!call.region) return answerError('MissingParameter', 'The parameter `Region` is required.');
    if (!body || !Array.isArray(body.PhoneNumberSet) || typeof body.TemplateId !== 'string') {
      return answerError('FailedOperation.FailResolvePacket');
    }
    if (call.sdkAppId !== sdkAppId) return answerError('InvalidParameterValue.SdkAppIdNotExist');
    if (!call.signName || !signNames.includes(call.signName)) {
      return answerError('FailedOperation.SignatureIncorrectOrUnapproved');
    }
    const expectedParams = options.templates?.[call.templateId ?? ''];
    if (options.templates && expectedParams === undefined) {
      return answerError('FailedOperation.TemplateIncorrectOrUnapproved');
    }
    if (expectedParams !== undefined && call.templateParams.length !== expectedParams) {
      return answerError('FailedOperation.TemplateParamSetNotMatchApprovedTemplate');
    }

    const sessionContext = typeof body.SessionContext === 'string' ? body.SessionContext : '';
    const statuses = call.phoneNumbers.map((phoneNumber) => {
      if (failure && 'numberCode' in failure) return sendStatus(phoneNumber, failure.numberCode, failure.message);
      if (!E164.test(phoneNumber)) return sendStatus(phoneNumber, 'InvalidParameterValue.IncorrectPhoneNumber');
      if (blacklisted.has(phoneNumber)) return sendStatus(phoneNumber, 'FailedOperation.PhoneNumberInBlacklist');
      const limited = limitCode(phoneNumber);
      if (limited) return sendStatus(phoneNumber, limited);
      const status = sendStatus(phoneNumber, 'Ok', undefined, sessionContext);
      sent.push({
        phoneNumber,
        templateId: call.templateId ?? '',
        params: call.templateParams,
        serialNo: String(status.SerialNo),
        sessionContext,
      });
      return status;
    });
    call.outcome = statuses.map((status) => String(status.Code)).join(',');
    answer({ SendStatusSet: statuses });
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { 'Content-Type': 'text/plain' }).end(`fake sms error: ${String(error)}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    secretId,
    secretKey,
    sdkAppId,
    signName: signNames[0],
    calls,
    sent,
    failNext(failure, failOptions = {}) {
      failures.push({ failure, remaining: failOptions.times ?? 1 });
    },
    blacklist(phoneNumber) {
      blacklisted.add(phoneNumber);
    },
    close: () => closeServer(server),
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(',') : value;
}
