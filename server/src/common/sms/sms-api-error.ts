/** How the notification outbox should treat a failed SMS: try again later, or give up on this one. */
export type SmsErrorKind = 'retryable' | 'permanent';

/**
 * Where it failed: Tencent rejected the whole request (`request`), accepted it but not for this
 * number (`number`), the exchange itself failed (`transport`), or it was refused before sending
 * (`invalidArgument`).
 */
export type SmsFailureScope = 'request' | 'number' | 'transport' | 'invalidArgument';

/** Transport failures have no Tencent code; these stand in for one. */
export type SmsTransportCode = 'Network' | 'Timeout' | 'HttpStatus' | 'MalformedResponse';

/** Per-number limits whose window is known, so the outbox can wait it out. */
const LIMIT_WINDOWS_MS: Record<string, number> = {
  'LimitExceeded.PhoneNumberThirtySecondLimit': 30_000,
  'LimitExceeded.PhoneNumberOneHourLimit': 3_600_000,
};

/** Codes that are not worth a retry even though their family usually is. */
const PERMANENT_LIMITS: ReadonlySet<string> = new Set(['LimitExceeded.PhoneNumberCountLimit']);

/** Short descriptions, Chinese for the people who run the service. */
const CODE_TEXT: Record<string, string> = {
  'AuthFailure.SignatureFailure': '签名错误，请检查 SecretKey',
  'AuthFailure.SignatureExpire': '签名过期，请检查服务器时间',
  'AuthFailure.SecretIdNotFound': 'SecretId 不存在或已停用',
  'AuthFailure.InvalidAuthorization': 'Authorization 头不合规范',
  'FailedOperation.TemplateIncorrectOrUnapproved': '短信模板未审核通过或内容不匹配',
  'FailedOperation.SignatureIncorrectOrUnapproved': '短信签名未审核通过或格式错误',
  'FailedOperation.PhoneNumberInBlacklist': '号码在免打扰名单中',
  'FailedOperation.InsufficientBalanceInSmsPackage': '短信套餐包余量不足',
  'FailedOperation.TemplateParamSetNotMatchApprovedTemplate': '模板参数个数与模板不符',
  'InvalidParameterValue.IncorrectPhoneNumber': '手机号格式错误',
  'InvalidParameterValue.SdkAppIdNotExist': 'SdkAppId 不存在',
  'InvalidParameterValue.TemplateParameterFormatError': '模板参数格式错误',
  'LimitExceeded.PhoneNumberDailyLimit': '该号码当日短信条数已达上限',
  'LimitExceeded.PhoneNumberOneHourLimit': '该号码一小时内短信条数已达上限',
  'LimitExceeded.PhoneNumberThirtySecondLimit': '该号码 30 秒内短信条数已达上限',
  'LimitExceeded.DeliveryFrequencyLimit': '命中发送频率限制',
  'InternalError.Timeout': '短信下发超时',
  'InternalError.OtherError': '短信服务内部错误',
  RequestLimitExceeded: '请求过于频繁',
  Network: '网络错误',
  Timeout: '请求超时',
  HttpStatus: 'HTTP 状态异常',
  MalformedResponse: '应答无法解析',
};

/**
 * The one place a Tencent Cloud code gets its classification. Retryable: internal errors, request
 * rate limits and per-number send limits (they reset); everything else — auth, template, signature,
 * number, balance — needs a person, so retrying cannot help.
 */
export function classifySmsCode(code: string): SmsErrorKind {
  if (code === 'Network' || code === 'Timeout' || code === 'MalformedResponse') return 'retryable';
  if (code.startsWith('InternalError') || code.startsWith('RequestLimitExceeded')) return 'retryable';
  if (code.startsWith('LimitExceeded.') && !PERMANENT_LIMITS.has(code)) return 'retryable';
  return 'permanent';
}

/** Milliseconds until the next midnight in China, when daily SMS limits reset. */
function untilChinaMidnight(now: number): number {
  const chinaOffsetMs = 8 * 3_600_000;
  const dayMs = 86_400_000;
  return dayMs - ((now + chinaOffsetMs) % dayMs);
}

export interface SmsApiErrorInit {
  code: string;
  scope: SmsFailureScope;
  kind?: SmsErrorKind;
  requestId?: string;
  httpStatus?: number;
  /** Tencent's own Message, truncated, numbers blanked. */
  providerMessage?: string;
  detail?: string;
}

/**
 * A failed SMS send. Neither the message nor any property carries a phone number, a template
 * parameter or a key: it is safe to log as is.
 */
export class SmsApiError extends Error {
  override name = 'SmsApiError';
  /** Tencent's code (`LimitExceeded.PhoneNumberDailyLimit`…) or a transport code (`Timeout`…). */
  readonly code: string;
  readonly kind: SmsErrorKind;
  readonly scope: SmsFailureScope;
  readonly requestId?: string;
  readonly httpStatus?: number;
  readonly providerMessage?: string;
  /** A hint for the outbox: wait at least this long before the next attempt. */
  readonly retryAfterMs?: number;

  constructor(init: SmsApiErrorInit) {
    const text = CODE_TEXT[init.code] ?? '短信发送失败';
    const status = init.httpStatus ? ` HTTP ${init.httpStatus}` : '';
    super(`Tencent Cloud SendSms failed: ${init.code}${status} ${text}${init.detail ? ` (${init.detail})` : ''}`);
    this.code = init.code;
    this.kind = init.kind ?? classifySmsCode(init.code);
    this.scope = init.scope;
    this.requestId = init.requestId;
    this.httpStatus = init.httpStatus;
    this.providerMessage = init.providerMessage;
    if (this.kind === 'retryable') {
      this.retryAfterMs =
        init.code === 'LimitExceeded.PhoneNumberDailyLimit'
          ? untilChinaMidnight(Date.now())
          : (LIMIT_WINDOWS_MS[init.code] ?? (init.code.startsWith('RequestLimitExceeded') ? 1_000 : undefined));
    }
  }

  get retryable(): boolean {
    return this.kind === 'retryable';
  }
}
