import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { applyDecorators } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { Request } from 'express';
import { AppError } from '../errors/app-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Checks an Idempotency-Key header value: a UUID, else 400 naming the header. */
export function parseIdempotencyKey(value: string | undefined): string {
  if (!value) throw AppError.validation('Idempotency-Key', '缺少请求编号（Idempotency-Key）');
  if (!UUID.test(value)) throw AppError.validation('Idempotency-Key', '请求编号应为 UUID');
  return value.toLowerCase();
}

/** The required Idempotency-Key header: a UUID, else 400 naming the header. */
export const IdempotencyKey = createParamDecorator((_data: unknown, context: ExecutionContext): string =>
  parseIdempotencyKey(context.switchToHttp().getRequest<Request>().header('idempotency-key')),
);

/**
 * The Idempotency-Key header unchecked, for a region-bound route that must first answer 404
 * outside the caller's jurisdiction; the service checks it with parseIdempotencyKey.
 */
export const RawIdempotencyKey = createParamDecorator((_data: unknown, context: ExecutionContext): string | undefined =>
  context.switchToHttp().getRequest<Request>().header('idempotency-key'),
);

export function ApiIdempotencyKey(): MethodDecorator {
  return applyDecorators(
    ApiHeader({
      name: 'Idempotency-Key',
      required: true,
      description: '客户端生成的 UUID；重试时用同一个，服务器给出同样的回答',
    }),
  );
}
