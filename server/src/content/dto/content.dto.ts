import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AUDIENCES, CONTENT_KINDS, REGION_CODE_PATTERN, type Audience, type ContentKind } from '@hulei/shared';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

export const CONTENT_PAGE_SIZE_MAX = 100;
export const CONTENT_PAGE_SIZE_DEFAULT = 20;

export class ContentListQueryDto {
  @ApiPropertyOptional({ enum: AUDIENCES, enumName: 'Audience', description: '读者对象' })
  @IsOptional()
  @IsIn(AUDIENCES)
  audience?: Audience;

  @ApiPropertyOptional({ enum: CONTENT_KINDS, enumName: 'ContentKind' })
  @IsOptional()
  @IsIn(CONTENT_KINDS)
  kind?: ContentKind;

  @ApiPropertyOptional({
    example: '431222114200',
    description: '读者所在区划（通常是村）：除全国通用内容外，还显示其县、市、省发布的本地内容',
  })
  @IsOptional()
  @Matches(REGION_CODE_PATTERN, { message: '区划代码应为 2、4、6、9 或 12 位数字' })
  regionCode?: string;

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: CONTENT_PAGE_SIZE_MAX, default: CONTENT_PAGE_SIZE_DEFAULT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(CONTENT_PAGE_SIZE_MAX)
  pageSize?: number;
}

export class ContentSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: CONTENT_KINDS, enumName: 'ContentKind' })
  kind: ContentKind;

  @ApiProperty({ enum: AUDIENCES, enumName: 'Audience' })
  audience: Audience;

  @ApiProperty({ example: '我的身体我做主' })
  title: string;

  @ApiProperty({ example: '泳衣遮住的地方是隐私部位，别人不能看、不能摸。' })
  summary: string;

  @ApiProperty({ nullable: true, type: String, description: 'https 地址' })
  coverUrl: string | null;

  @ApiProperty({ nullable: true, type: String, description: '视频文件的 https 地址（仅视频）' })
  videoUrl: string | null;

  @ApiProperty({ nullable: true, type: String, description: '发布的县/市/省；全国通用内容为 null' })
  ownerRegionCode: string | null;

  @ApiProperty({ format: 'date-time' })
  publishedAt: string;
}

export class ContentItemDto extends ContentSummaryDto {
  @ApiProperty({ description: '已净化的 HTML：仅 p、h3、ul、ol、li、strong、em、br 与 https 图片' })
  bodyHtml: string;
}

export class ContentPageDto {
  @ApiProperty({ type: [ContentSummaryDto] })
  items: ContentSummaryDto[];

  @ApiProperty({ example: 4, description: '符合条件的总数' })
  total: number;
}
