import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiResponse } from '@nestjs/swagger';
import { ERROR_CODES, type ErrorCode } from '@hulei/shared';

export class FieldErrorDto {
  @ApiProperty({ example: 'regionCode' })
  field: string;

  @ApiProperty({ example: '区划代码应为 2、4、6、9 或 12 位数字' })
  message: string;
}

/** The body of every error answer (CONTRACT.md). */
export class ErrorBodyDto {
  @ApiProperty({ example: 400 })
  statusCode: number;

  @ApiProperty({ enum: ERROR_CODES, enumName: 'ErrorCode' })
  code: ErrorCode;

  @ApiProperty({ example: '提交的内容有误：regionCode: 区划代码应为 2、4、6、9 或 12 位数字' })
  message: string;

  @ApiPropertyOptional({ type: [FieldErrorDto], description: '仅在校验失败时出现' })
  errors?: FieldErrorDto[];

  @ApiPropertyOptional({ description: '服务器内部错误时的请求编号，便于排查' })
  requestId?: string;
}

const DESCRIPTIONS: Record<number, string> = {
  400: '输入有误（errors 指明字段）',
  401: '未登录或登录已失效',
  404: '不存在，或不在你的管辖范围内',
  409: '与当前状态冲突',
  413: '内容太大',
  422: '同一个 Idempotency-Key 用于了不同的内容',
  429: '太频繁',
};

/** Documents the error answers a route can give, all with the one error body. */
export function ApiErrors(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({ status, description: DESCRIPTIONS[status] ?? '错误', type: ErrorBodyDto }),
    ),
  );
}
