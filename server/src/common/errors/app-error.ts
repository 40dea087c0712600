import type { ApiFieldError, ErrorCode } from '@hulei/shared';

/** The one place an error code becomes an HTTP status; a missing code does not compile. */
export const HTTP_STATUS_BY_CODE: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  TOTP_REQUIRED: 401,
  TOTP_ENROLMENT_REQUIRED: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  IDEMPOTENCY_KEY_REUSED: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  SERVICE_UNAVAILABLE: 503,
};

/** Default Chinese message per code, for when the thrower has nothing more precise to say. */
export const DEFAULT_MESSAGE_BY_CODE: Record<ErrorCode, string> = {
  VALIDATION_FAILED: '提交的内容有误，请检查后再试',
  UNAUTHENTICATED: '请先登录',
  TOTP_REQUIRED: '请输入身份验证器上的 6 位动态码',
  TOTP_ENROLMENT_REQUIRED: '请先绑定身份验证器（动态码）后再使用',
  FORBIDDEN: '没有权限进行此操作',
  NOT_FOUND: '没有找到',
  CONFLICT: '操作与当前状态冲突，请刷新后再试',
  PAYLOAD_TOO_LARGE: '提交的内容太大了',
  IDEMPOTENCY_KEY_REUSED: '这个请求编号已用于另一份内容',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  INTERNAL: '服务器出了点问题，请稍后再试',
  SERVICE_UNAVAILABLE: '服务暂时不可用，请稍后再试',
};

/** An error the API answers with its own body: {statusCode, code, message, errors?}. */
export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string = DEFAULT_MESSAGE_BY_CODE[code],
    readonly errors?: ApiFieldError[],
    /** Extra response headers, e.g. Retry-After. */
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }

  get statusCode(): number {
    return HTTP_STATUS_BY_CODE[this.code];
  }

  static notFound(message?: string): AppError {
    return new AppError('NOT_FOUND', message);
  }

  static validation(field: string, message: string): AppError {
    return new AppError('VALIDATION_FAILED', `${field}: ${message}`, [{ field, message }]);
  }
}
