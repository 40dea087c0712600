import { toE164 } from './phone-number';
import { SmsApiError } from './sms-api-error';
import { signTc3 } from './tc3-signature';

export interface SmsClientOptions {
  /** `https://sms.tencentcloudapi.com` in production; a fake server's base URL in tests. */
  apiBase: string;
  secretId: string;
  secretKey: string;
  /** The SMS application's SdkAppId, e.g. `1400006666`. */
  sdkAppId: string;
  /** The approved signature, e.g. `护蕾`. */
  signName: string;
  /** Default `ap-guangzhou`. */
  region?: string;
  /** Per request, reading the answer included. Default 8 s. */
  timeoutMs?: number;
}

export interface SmsMessage {
  /** E.164, or an 11-digit mainland mobile number. */
  phone: string;
  /** An approved template's id, e.g. `1110`. */
  templateId: string;
  /** The template's parameters, in order. */
  params: ReadonlyArray<string | number>;
  /** Echoed back by Tencent; an outbox id, never personal data. */
  sessionContext?: string;
}

/** What Tencent answered for the one number: it took the message. */
export interface SmsSendStatus {
  /** The number as sent, in E.164. */
  phoneNumber: string;
  serialNo: string;
  /** Billed message count. */
  fee: number;
  /** `CN`, `US`…, `DEF` when unknown. */
  isoCode: string;
  sessionContext: string;
  requestId: string;
}

export const SMS_API_VERSION = '2021-01-11';
const SERVICE = 'sms';
const CONTENT_TYPE = 'application/json; charset=utf-8';
const DEFAULT_TIMEOUT_MS = 8_000;

/**
 * Tencent Cloud SMS `SendSms` over Node's fetch, signed with TC3-HMAC-SHA256. One number per call, so
 * the outbox gets one outcome per message. Nothing here logs; errors never carry the number, the
 * parameters or a key.
 */
export class SmsClient {
  private readonly endpoint: URL;
  private readonly region: string;
  private readonly timeoutMs: number;

  constructor(private readonly options: SmsClientOptions) {
    if (!options.secretId || !options.secretKey) throw new TypeError('SmsClient needs a secretId and a secretKey');
    if (!options.sdkAppId || !options.signName) throw new TypeError('SmsClient needs an sdkAppId and a signName');
    this.endpoint = new URL('/', options.apiBase);
    this.region = options.region ?? 'ap-guangzhou';
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  /** Sends one templated SMS; resolves when Tencent accepted it for the number, throws SmsApiError otherwise. */
  async send(message: SmsMessage): Promise<SmsSendStatus> {
    const phoneNumber = toE164(message.phone);
    if (!phoneNumber) {
      throw new SmsApiError({
        code: 'InvalidParameterValue.IncorrectPhoneNumber',
        scope: 'invalidArgument',
        detail: 'expected E.164 or an 11-digit mainland mobile number',
      });
    }
    if (!/^\d+$/.test(message.templateId)) {
      throw new SmsApiError({
        code: 'FailedOperation.TemplateIncorrectOrUnapproved',
        scope: 'invalidArgument',
        detail: 'templateId is a number',
      });
    }
    const request: Record<string, unknown> = {
      PhoneNumberSet: [phoneNumber],
      SmsSdkAppId: this.options.sdkAppId,
      SignName: this.options.signName,
      TemplateId: message.templateId,
      TemplateParamSet: message.params.map(String),
    };
    if (message.sessionContext !== undefined) request.SessionContext = message.sessionContext;

    const json = await this.call('SendSms', JSON.stringify(request), [phoneNumber, ...message.params.map(String)]);
    const response = json.Response as Record<string, unknown>;
    const requestId = typeof response.RequestId === 'string' ? response.RequestId : '';
    const set = response.SendStatusSet;
    const status = Array.isArray(set) ? (set[0] as Record<string, unknown> | undefined) : undefined;
    if (!status || typeof status.Code !== 'string') {
      throw new SmsApiError({ code: 'MalformedResponse', scope: 'transport', requestId, detail: 'no SendStatusSet' });
    }
    if (status.Code !== 'Ok') {
      throw new SmsApiError({
        code: status.Code,
        scope: 'number',
        requestId,
        providerMessage: scrub(status.Message, [phoneNumber, ...message.params.map(String)]),
      });
    }
    return {
      phoneNumber,
      serialNo: typeof status.SerialNo === 'string' ? status.SerialNo : '',
      fee: typeof status.Fee === 'number' ? status.Fee : 0,
      isoCode: typeof status.IsoCode === 'string' ? status.IsoCode : 'DEF',
      sessionContext: typeof status.SessionContext === 'string' ? status.SessionContext : '',
      requestId,
    };
  }

  /** One signed API 3.0 call; answers the parsed body when it carries no Response.Error. */
  private async call(action: string, payload: string, sensitive: string[]): Promise<Record<string, unknown>> {
    const timestamp = Math.floor(Date.now() / 1000);
    const { authorization } = signTc3({
      secretId: this.options.secretId,
      secretKey: this.options.secretKey,
      service: SERVICE,
      timestamp,
      // fetch sends the URL's host (with a non-default port) as Host; the signature must match it.
      headers: { 'content-type': CONTENT_TYPE, host: this.endpoint.host, 'x-tc-action': action },
      payload,
    });

    let status: number;
    let text: string;
    try {
      const response = await fetch(this.endpoint, {
        method: 'POST',
        headers: {
          Authorization: authorization,
          'Content-Type': CONTENT_TYPE,
          'X-TC-Action': action,
          'X-TC-Version': SMS_API_VERSION,
          'X-TC-Timestamp': String(timestamp),
          'X-TC-Region': this.region,
        },
        body: payload,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      status = response.status;
      text = await response.text();
    } catch (error) {
      // Nothing from the failed exchange is repeated: only whether it was the deadline.
      const timedOut = isTimeout(error);
      throw new SmsApiError({
        code: timedOut ? 'Timeout' : 'Network',
        scope: 'transport',
        detail: timedOut ? `after ${this.timeoutMs} ms` : networkCode(error),
      });
    }
    if (status >= 500 || status === 429) {
      throw new SmsApiError({ code: 'HttpStatus', kind: 'retryable', scope: 'transport', httpStatus: status });
    }
    if (status !== 200) {
      throw new SmsApiError({ code: 'HttpStatus', kind: 'permanent', scope: 'transport', httpStatus: status });
    }

    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new SmsApiError({ code: 'MalformedResponse', scope: 'transport', detail: 'not JSON' });
    }
    const response = (json as { Response?: unknown })?.Response;
    if (typeof response !== 'object' || response === null) {
      throw new SmsApiError({ code: 'MalformedResponse', scope: 'transport', detail: 'no Response' });
    }
    const { Error: error, RequestId: requestId } = response as { Error?: unknown; RequestId?: unknown };
    if (error !== undefined) {
      const { Code: code, Message: providerMessage } = (error ?? {}) as { Code?: unknown; Message?: unknown };
      throw new SmsApiError({
        code: typeof code === 'string' && code ? code : 'MalformedResponse',
        scope: 'request',
        requestId: typeof requestId === 'string' ? requestId : undefined,
        providerMessage: scrub(providerMessage, [...sensitive, this.options.secretId, this.options.secretKey]),
      });
    }
    return json as Record<string, unknown>;
  }
}

/**
 * Tencent's Message is free text and may quote what was sent: cut it short, blank the values this
 * call sent and any run of digits long enough to be a phone number.
 */
function scrub(message: unknown, sensitive: string[]): string | undefined {
  if (typeof message !== 'string') return undefined;
  let result = message.slice(0, 200);
  for (const value of sensitive) {
    // One character identifies nobody, and blanking it would shred the message.
    if (value.length >= 2) result = result.split(value).join('***');
  }
  return result.replace(/\+?\d{7,}/g, '***');
}

function isTimeout(error: unknown): boolean {
  const name = (error as { name?: unknown })?.name;
  const causeName = (error as { cause?: { name?: unknown } })?.cause?.name;
  return name === 'TimeoutError' || causeName === 'TimeoutError';
}

function networkCode(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; name?: unknown } })?.cause;
  if (typeof cause?.code === 'string') return cause.code;
  if (typeof cause?.name === 'string') return cause.name;
  const name = (error as { name?: unknown })?.name;
  return typeof name === 'string' ? name : 'unknown';
}
