import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { isRegionCode } from '@hulei/shared';
import { AppError } from '../errors/app-error';

/** Validates a region code in the path: 2/4/6/9/12 digits, else 400 naming the parameter. */
@Injectable()
export class RegionCodePipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (!isRegionCode(value)) {
      throw AppError.validation(metadata.data ?? 'code', '区划代码应为 2、4、6、9 或 12 位数字');
    }
    return value;
  }
}
