import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { ErrorCode, ApiErrorBody } from '@hulei/shared';
import type { Response } from 'express';
import type { RequestWithId } from '../logging/logger';
import { AppError, DEFAULT_MESSAGE_BY_CODE, HTTP_STATUS_BY_CODE } from './app-error';

const CODE_BY_HTTP_STATUS: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'VALIDATION_FAILED',
  422: 'IDEMPOTENCY_KEY_REUSED',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
};

/** Errors raised by Express's body parser before any controller runs. */
interface BodyParserError {
  type?: string;
  status?: number;
}

/**
 * Every error leaves in the same body. The unexpected becomes a bare 500 whose log carries the
 * request id and the stack, never the request's body.
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<RequestWithId>();
    const body = this.toBody(exception, request.id);
    if (exception instanceof AppError && exception.headers) {
      for (const [name, value] of Object.entries(exception.headers)) response.setHeader(name, value);
    }
    if (response.headersSent) return;
    // A route may declare a public cache for its answers; never for an error.
    response.setHeader('Cache-Control', 'no-store');
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown, requestId?: string): ApiErrorBody & { requestId?: string } {
    if (exception instanceof AppError) {
      const body: ApiErrorBody = { statusCode: exception.statusCode, code: exception.code, message: exception.message };
      if (exception.errors) body.errors = exception.errors;
      return body;
    }
    // Express wraps body-parser's errors in an HttpException and keeps the original as the cause.
    const parserError = (exception instanceof HttpException ? exception.cause : exception) as BodyParserError;
    if (parserError?.type === 'entity.too.large') {
      return this.fromCode('PAYLOAD_TOO_LARGE', '提交的内容太大了（最多 64 KB）');
    }
    if (parserError?.type === 'entity.too.deep') {
      return this.fromCode('VALIDATION_FAILED', '提交的内容嵌套太深');
    }
    if (parserError?.type === 'entity.parse.failed') {
      return this.fromCode('VALIDATION_FAILED', '提交的内容不是有效的 JSON');
    }
    if (parserError?.type === 'encoding.unsupported' || parserError?.type === 'charset.unsupported') {
      return this.fromCode('VALIDATION_FAILED', '不支持的字符编码，请使用 UTF-8');
    }
    if (exception instanceof HttpException && exception.cause instanceof URIError) {
      return this.fromCode('VALIDATION_FAILED', '地址中的编码不正确');
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code = CODE_BY_HTTP_STATUS[status];
      if (code) {
        const message = status === 404 || status === 405 ? '没有这个地址' : DEFAULT_MESSAGE_BY_CODE[code];
        return { statusCode: status, code, message };
      }
    }
    const error = exception instanceof Error ? exception : new Error(String(exception));
    // Only the name and stack: driver errors can carry query parameters.
    this.logger.error({ requestId, err: { name: error.name, stack: error.stack } }, 'unexpected error');
    return { ...this.fromCode('INTERNAL'), requestId };
  }

  private fromCode(code: ErrorCode, message = DEFAULT_MESSAGE_BY_CODE[code]): ApiErrorBody {
    return { statusCode: HTTP_STATUS_BY_CODE[code], code, message };
  }
}
