import type { ApiErrorBody, ApiFieldError, ErrorCode } from '@hulei/shared';

/** What went wrong, as far as the person holding the phone is concerned. */
export type ApiErrorKind = 'offline' | 'timeout' | 'busy' | 'rate_limited' | 'rejected' | 'refused';

/** Short messages people read; one per server error code, so a new code fails to compile here. */
const MESSAGE_BY_CODE: Record<ErrorCode, string> = {
  VALIDATION_FAILED: '填写的内容有误，请检查后再试',
  NOT_FOUND: '没有找到相关内容',
  UNAUTHENTICATED: '请先登录',
  TOTP_REQUIRED: '请输入身份验证器上的 6 位动态码',
  TOTP_ENROLMENT_REQUIRED: '请先绑定身份验证器后再使用',
  FORBIDDEN: '没有权限进行这个操作',
  CONFLICT: '内容已有变化，请刷新后再试',
  IDEMPOTENCY_KEY_REUSED: '这次提交和上次不一样，请重新提交',
  PAYLOAD_TOO_LARGE: '内容太长了，请删减一些再提交',
  RATE_LIMITED: '操作太频繁了，请休息一会儿再试',
  SERVICE_UNAVAILABLE: '服务器正忙，请稍后再试',
  INTERNAL: '服务器出了点问题，请稍后再试',
};

export const OFFLINE_MESSAGE = '网络连不上，请检查网络后再试';
export const TIMEOUT_MESSAGE = '网络太慢，等了很久没有回应，请稍后再试';
export const BUSY_MESSAGE = MESSAGE_BY_CODE.SERVICE_UNAVAILABLE;
export const RATE_LIMITED_MESSAGE = MESSAGE_BY_CODE.RATE_LIMITED;

/** Chinese names of request fields, for "「所在地区」填写有误". */
const FIELD_LABELS: Record<string, string> = {
  regionCode: '所在地区',
  // `code` is a region, an invitation or a TOTP code depending on the route: its messages say which.
  under: '地区',
  q: '搜索内容',
  category: '求助类型',
  description: '情况说明',
  urgency: '紧急程度',
  requesterRole: '求助人',
  contactPhone: '联系电话',
  marketEventId: '活动',
  receiptCode: '回执码',
  body: '留言',
  phone: '手机号',
  password: '密码',
  totp: '动态验证码',
  currentPassword: '现在的密码',
  newPassword: '新密码',
  name: '姓名',
  role: '角色',
  policeStation: '派出所',
  reportedAt: '报告时间',
  reference: '编号',
  department: '转介部门',
  reason: '理由',
  note: '说明',
  comment: '审核意见',
};

export function fieldLabel(field: string): string | undefined {
  return FIELD_LABELS[field.split('.')[0] ?? field];
}

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly kind: ApiErrorKind,
    /** The Chinese sentence to show. */
    message: string,
    /** HTTP status; absent when no answer came. */
    readonly status?: number,
    /** The server's error code from the error body. */
    readonly code?: ErrorCode,
    readonly fieldErrors: readonly ApiFieldError[] = [],
  ) {
    super(message);
  }

  /** The first rejected field, e.g. `regionCode`. */
  get field(): string | undefined {
    return this.fieldErrors[0]?.field;
  }
}

function isErrorBody(data: unknown): data is ApiErrorBody {
  return typeof data === 'object' && data !== null && typeof (data as ApiErrorBody).code === 'string';
}

function rejectedMessage(errors: readonly ApiFieldError[]): string {
  const first = errors[0];
  if (!first) return MESSAGE_BY_CODE.VALIDATION_FAILED;
  const label = fieldLabel(first.field);
  return label ? `「${label}」填写有误：${first.message}` : `填写有误：${first.message}`;
}

/** Turns a non-2xx answer into an ApiError with a short Chinese message. */
export function errorFromResponse(status: number, data: unknown): ApiError {
  const body = isErrorBody(data) ? data : undefined;
  const code = body?.code;
  const fieldErrors = body?.errors ?? [];
  // The server's own sentence is more precise ("登录失败次数过多，请 5 分钟后再试") when it is Chinese.
  const own = body && /[\u4e00-\u9fff]/.test(body.message ?? '') ? body.message : undefined;
  if (status === 429 || code === 'RATE_LIMITED') {
    return new ApiError('rate_limited', own ?? RATE_LIMITED_MESSAGE, status, code);
  }
  if (status >= 500) {
    const message = code === 'INTERNAL' ? MESSAGE_BY_CODE.INTERNAL : BUSY_MESSAGE;
    return new ApiError('busy', message, status, code);
  }
  if (code === 'VALIDATION_FAILED' || (!code && (status === 400 || status === 422))) {
    return new ApiError('rejected', rejectedMessage(fieldErrors), status, code, fieldErrors);
  }
  if (code) return new ApiError('refused', own ?? MESSAGE_BY_CODE[code] ?? BUSY_MESSAGE, status, code, fieldErrors);
  if (status === 404) return new ApiError('refused', MESSAGE_BY_CODE.NOT_FOUND, status);
  if (status === 401) return new ApiError('refused', MESSAGE_BY_CODE.UNAUTHENTICATED, status);
  if (status === 403) return new ApiError('refused', MESSAGE_BY_CODE.FORBIDDEN, status);
  return new ApiError('refused', '请求没有成功，请稍后再试', status);
}

/** Taro.request failed before any answer: WeChat says "request:fail timeout", browsers abort. */
export function errorFromTransportFailure(failure: unknown): ApiError {
  const parts =
    typeof failure === 'object' && failure !== null ? (failure as Record<string, unknown>) : { message: failure };
  const text = [parts.name, parts.message, parts.errMsg].filter((part) => typeof part === 'string').join(' ');
  const timedOut = /timeout|timed out|abort/i.test(text);
  return timedOut ? new ApiError('timeout', TIMEOUT_MESSAGE) : new ApiError('offline', OFFLINE_MESSAGE);
}

/** Any thrown value as a sentence for people. */
export function messageOf(error: unknown): string {
  return error instanceof ApiError ? error.message : '出了点问题，请稍后再试';
}
