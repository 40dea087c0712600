import { ValidationPipe, type ValidationError } from '@nestjs/common';
import type { ApiFieldError } from '@hulei/shared';
import { AppError } from './app-error';

// class-validator speaks English; people read Chinese. Decorators may carry their own Chinese
// message; the common constraints are translated here, numbers taken from the default text.
const CHINESE_BY_CONSTRAINT: Record<string, (english: string) => string> = {
  whitelistValidation: () => '不允许的字段',
  isDefined: () => '不能缺少',
  isNotEmpty: () => '不能为空',
  isString: () => '必须是文字',
  isInt: () => '必须是整数',
  isNumber: () => '必须是数字',
  isBoolean: () => '必须是 true 或 false',
  isIn: () => '不是可选的值',
  isEnum: () => '不是可选的值',
  isUUID: () => '格式不正确',
  isDateString: () => '必须是日期时间（ISO 8601）',
  isISO8601: () => '必须是日期时间（ISO 8601）',
  matches: () => '格式不正确',
  maxLength: (e) => `太长了，最多 ${firstNumber(e)} 个字`,
  minLength: (e) => `太短了，至少 ${firstNumber(e)} 个字`,
  max: (e) => `不能大于 ${firstNumber(e)}`,
  min: (e) => `不能小于 ${firstNumber(e)}`,
  isArray: () => '必须是列表',
  arrayMaxSize: (e) => `最多 ${firstNumber(e)} 项`,
  nestedValidation: () => '格式不正确',
};

function firstNumber(text: string): string {
  return /\d+/.exec(text)?.[0] ?? '';
}

function isChinese(text: string): boolean {
  return /[\u4e00-\u9fff]/.test(text);
}

export function flattenValidationErrors(errors: ValidationError[], prefix = ''): ApiFieldError[] {
  const out: ApiFieldError[] = [];
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    for (const [constraint, english] of Object.entries(error.constraints ?? {})) {
      const translate = CHINESE_BY_CONSTRAINT[constraint];
      const message = isChinese(english) ? english : translate ? translate(english) : '格式不正确';
      out.push({ field, message });
    }
    if (error.children?.length) out.push(...flattenValidationErrors(error.children, field));
  }
  // One message per field is what a form can show.
  return out.filter((e, i) => out.findIndex((o) => o.field === e.field) === i);
}

/** Rejects unknown fields, converts query strings to declared types, answers in the error body. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fieldErrors = flattenValidationErrors(errors);
      const summary = fieldErrors.map((e) => `${e.field}: ${e.message}`).join('；');
      return new AppError('VALIDATION_FAILED', `提交的内容有误：${summary}`, fieldErrors);
    },
  });
}
