import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REGION_LEVELS, REGION_CODE_PATTERN, type RegionLevel } from '@hulei/shared';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

export class RegionSummaryDto {
  @ApiProperty({ example: '431222114200', description: '统计用区划代码（2/4/6/9/12 位）' })
  code: string;

  @ApiProperty({ example: '太平铺村', description: '通用名称' })
  name: string;

  @ApiProperty({ enum: REGION_LEVELS, enumName: 'RegionLevel' })
  level: RegionLevel;
}

export class RegionDto extends RegionSummaryDto {
  @ApiProperty({ example: '431222114', nullable: true, type: String })
  parentCode: string | null;

  @ApiProperty({ example: '太平铺村村委会', description: '统计用名称' })
  officialName: string;
}

export class RegionSearchResultDto extends RegionSummaryDto {
  @ApiProperty({ example: '湖南省 怀化市 沅陵县 官庄镇', description: '上级区划名称，从省开始' })
  path: string;
}

export class RegionSearchQueryDto {
  @ApiPropertyOptional({ description: '名称中的文字，或完整的区划代码', example: '官庄' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(20)
  q?: string;

  @ApiPropertyOptional({ description: '只在这个区划之内查找', example: '431222' })
  @IsOptional()
  @Matches(REGION_CODE_PATTERN, { message: '区划代码应为 2、4、6、9 或 12 位数字' })
  under?: string;
}
