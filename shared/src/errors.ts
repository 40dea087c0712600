// Error codes of the API's error body ({statusCode, code, message, errors?}). The server maps each
// to an HTTP status in one place; the mini-program maps each to a short Chinese message.
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'TOTP_REQUIRED',
  'TOTP_ENROLMENT_REQUIRED',
  'FORBIDDEN',
  'CONFLICT',
  'IDEMPOTENCY_KEY_REUSED',
  'PAYLOAD_TOO_LARGE',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiFieldError {
  field: string;
  message: string;
}

export interface ApiErrorBody {
  statusCode: number;
  code: ErrorCode;
  message: string;
  errors?: ApiFieldError[];
}
