import { ApiPropertyOptional } from '@nestjs/swagger';
import { REGION_CODE_PATTERN } from '@hulei/shared';
import { IsOptional, IsUUID, Matches } from 'class-validator';

/** What a phone may say about a read: where, if the reader let it remember; nothing about who. */
export class LessonReadDto {
  @ApiPropertyOptional({
    example: '431222114200',
    description: '读者自愿记住的区划（任一级，通常是村或乡镇），只用于按地区统计阅读次数',
  })
  @IsOptional()
  @Matches(REGION_CODE_PATTERN, { message: '区划代码应为 2、4、6、9 或 12 位数字' })
  regionCode?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: '从赶集普法活动页打开时，活动的编号；没有区划时按活动所在乡镇统计',
  })
  @IsOptional()
  @IsUUID(undefined, { message: '活动编号格式不正确' })
  marketEventId?: string;
}
