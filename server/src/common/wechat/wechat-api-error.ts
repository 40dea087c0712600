/**
 * How the caller (the notification outbox, the login flow) should treat a failed WeChat call:
 * - `retryable`: try again later (network, timeout, 5xx, system busy, rate limits);
 * - `tokenExpired`: the access token was rejected even after one refresh and retry;
 * - `permanent`: retrying the same request cannot succeed (refused, invalid openid, bad template…).
 */
export type WechatErrorKind = 'retryable' | 'tokenExpired' | 'permanent';

/** What went wrong: WeChat answered an errcode, or the exchange itself failed. */
export type WechatFailureReason = 'errcode' | 'network' | 'timeout' | 'httpStatus' | 'malformed' | 'invalidArgument';

export type WechatApiName = 'code2Session' | 'stableToken' | 'getUnlimitedQrCode' | 'sendSubscribeMessage';

/** errcodes that mean "this access token is no longer accepted": refresh once and retry once. */
export const TOKEN_ERRCODES: ReadonlySet<number> = new Set([40001, 40014, 42001]);

const RETRYABLE_ERRCODES: ReadonlySet<number> = new Set([-1, 45009, 45011]);

/** Short descriptions, Chinese first for the people who run the service, English for searching. */
const ERRCODE_TEXT: Record<number, [zh: string, en: string]> = {
  [-1]: ['微信系统繁忙', 'system busy'],
  40001: ['access_token 无效或不是最新', 'invalid credential'],
  40002: ['grant_type 不正确', 'invalid grant_type'],
  40003: ['openid 无效', 'invalid openid'],
  40013: ['AppID 无效', 'invalid appid'],
  40014: ['access_token 不合法', 'invalid access_token'],
  40029: ['登录 code 无效', 'invalid code'],
  40037: ['订阅消息模板 ID 无效', 'invalid template_id'],
  40097: ['参数错误', 'invalid args'],
  40125: ['AppSecret 无效', 'invalid appsecret'],
  40129: ['scene 含不支持的字符', 'invalid scene'],
  40163: ['登录 code 已被使用', 'code been used'],
  40164: ['调用方 IP 不在白名单', 'invalid ip, not in whitelist'],
  40169: ['scene 长度不合法', 'invalid length for scene'],
  40226: ['高风险用户，登录被拦截', 'code blocked, high-risk user'],
  41001: ['缺少 access_token', 'access_token missing'],
  41008: ['缺少登录 code', 'missing code'],
  41030: ['页面不存在或小程序未发布', 'invalid page'],
  42001: ['access_token 已过期', 'access_token expired'],
  43101: ['用户拒绝接收或未订阅', 'user refuse to accept the msg'],
  45009: ['接口调用超出额度', 'reach max api quota limit'],
  45011: ['接口调用太频繁', 'api minute-quota reach limit'],
  47001: ['请求数据格式错误', 'data format error'],
  47003: ['模板参数不合法', 'argument invalid'],
  48001: ['接口未授权', 'api unauthorized'],
  85096: ['page 不能带 scancode_time', 'scancode_time not allowed'],
};

/** The one place an errcode gets its classification; unknown codes are permanent, so nothing loops forever. */
export function classifyWechatErrcode(errcode: number): WechatErrorKind {
  if (TOKEN_ERRCODES.has(errcode)) return 'tokenExpired';
  if (RETRYABLE_ERRCODES.has(errcode)) return 'retryable';
  return 'permanent';
}

export interface WechatApiErrorInit {
  api: WechatApiName;
  kind: WechatErrorKind;
  reason: WechatFailureReason;
  errcode?: number;
  httpStatus?: number;
  /** WeChat's own errmsg (with its rid), truncated, known secrets removed. */
  providerMessage?: string;
  /** A hint for the outbox: wait at least this long before the next attempt. */
  retryAfterMs?: number;
  detail?: string;
}

/**
 * A failed WeChat API call. The message never carries the AppSecret, an access token, a js_code,
 * a session_key or an openid: it is safe to log as is.
 */
export class WechatApiError extends Error {
  override name = 'WechatApiError';
  readonly api: WechatApiName;
  readonly kind: WechatErrorKind;
  readonly reason: WechatFailureReason;
  readonly errcode?: number;
  readonly httpStatus?: number;
  readonly providerMessage?: string;
  readonly retryAfterMs?: number;

  constructor(init: WechatApiErrorInit) {
    super(WechatApiError.describe(init));
    this.api = init.api;
    this.kind = init.kind;
    this.reason = init.reason;
    this.errcode = init.errcode;
    this.httpStatus = init.httpStatus;
    this.providerMessage = init.providerMessage;
    this.retryAfterMs = init.retryAfterMs;
  }

  /** Worth another attempt later: everything except `permanent`. */
  get retryable(): boolean {
    return this.kind !== 'permanent';
  }

  static fromErrcode(api: WechatApiName, errcode: number, providerMessage?: string): WechatApiError {
    const rateLimited = errcode === 45009 || errcode === 45011;
    return new WechatApiError({
      api,
      kind: classifyWechatErrcode(errcode),
      reason: 'errcode',
      errcode,
      providerMessage,
      retryAfterMs: rateLimited ? 60_000 : undefined,
    });
  }

  /** Rejected before sending, with the errcode WeChat itself would have answered. */
  static invalidArgument(api: WechatApiName, errcode: number, detail: string): WechatApiError {
    return new WechatApiError({ api, kind: 'permanent', reason: 'invalidArgument', errcode, detail });
  }

  private static describe(init: WechatApiErrorInit): string {
    const head = `WeChat ${init.api} failed`;
    switch (init.reason) {
      case 'errcode':
      case 'invalidArgument': {
        const [zh, en] = ERRCODE_TEXT[init.errcode ?? 0] ?? ['未知错误', 'unknown errcode'];
        const detail = init.detail ? `: ${init.detail}` : '';
        return `${head}: ${init.errcode} ${zh} (${en})${detail}`;
      }
      case 'network':
        return `${head}: 网络错误 (network error${init.detail ? `: ${init.detail}` : ''})`;
      case 'timeout':
        return `${head}: 请求超时 (timed out${init.detail ? ` after ${init.detail}` : ''})`;
      case 'httpStatus':
        return `${head}: HTTP ${init.httpStatus} 异常应答 (unexpected HTTP status)`;
      case 'malformed':
        return `${head}: 应答无法解析 (malformed response${init.detail ? `: ${init.detail}` : ''})`;
    }
  }
}
