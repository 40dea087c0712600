import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AUDIENCES,
  CONTENT_KINDS,
  CONTENT_STATUSES,
  REGION_CODE_PATTERN,
  type Audience,
  type ContentKind,
  type ContentStatus,
} from '@hulei/shared';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { CONTENT_PAGE_SIZE_DEFAULT, CONTENT_PAGE_SIZE_MAX } from './content.dto';

/** What an author writes; the body is sanitised on the server whatever is sent. */
export class ContentDraftDto {
  @ApiProperty({ enum: CONTENT_KINDS, enumName: 'ContentKind' })
  @IsDefined()
  @IsIn(CONTENT_KINDS)
  kind: ContentKind;

  @ApiProperty({ enum: AUDIENCES, enumName: 'Audience', description: '读者对象' })
  @IsDefined()
  @IsIn(AUDIENCES)
  audience: Audience;

  @ApiProperty({ example: '赶集日，带孩子来听一堂自护课', maxLength: 100 })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  title: string;

  @ApiProperty({ example: '县妇联和法官在集市上讲：怎样教孩子保护自己。', maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  summary: string;

  @ApiProperty({ description: 'HTML 正文；保存时净化：只留 p、h3、ul、ol、li、strong、em、br 与 https 图片' })
  @IsString()
  @MinLength(1)
  @MaxLength(20000)
  bodyHtml: string;

  @ApiPropertyOptional({ nullable: true, type: String, description: '封面图 https 地址' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  coverUrl?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, description: '视频文件 https 地址（视频必填）' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  videoUrl?: string | null;
}

export class CreateContentDto extends ContentDraftDto {
  @ApiPropertyOptional({
    example: '431222',
    description: '内容属于哪个县、市或省（须在你的管辖范围内）；不填为你所在的区划',
  })
  @IsOptional()
  @Matches(REGION_CODE_PATTERN, { message: '区划代码应为 2、4、6、9 或 12 位数字' })
  ownerRegionCode?: string;
}

export class ReturnContentDto {
  @ApiProperty({ example: '第二段的说法对 6 岁孩子太难，请改得更口语一些。', maxLength: 500 })
  @IsString()
  @MinLength(1, { message: '请写明需要修改的地方' })
  @MaxLength(500)
  comment: string;
}

export class CadreContentQueryDto {
  @ApiPropertyOptional({ enum: CONTENT_STATUSES, enumName: 'ContentStatus' })
  @IsOptional()
  @IsIn(CONTENT_STATUSES)
  status?: ContentStatus;

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

/** A local item as its authors and reviewers see it, in any status. */
export class CadreContentItemDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: CONTENT_KINDS, enumName: 'ContentKind' })
  kind: ContentKind;

  @ApiProperty({ enum: AUDIENCES, enumName: 'Audience' })
  audience: Audience;

  @ApiProperty()
  title: string;

  @ApiProperty()
  summary: string;

  @ApiProperty({ description: '已净化的 HTML' })
  bodyHtml: string;

  @ApiProperty({ nullable: true, type: String })
  coverUrl: string | null;

  @ApiProperty({ nullable: true, type: String })
  videoUrl: string | null;

  @ApiProperty({ enum: CONTENT_STATUSES, enumName: 'ContentStatus' })
  status: ContentStatus;

  @ApiProperty({ example: '431222', description: '内容所属的县、市或省' })
  ownerRegionCode: string;

  @ApiProperty({ nullable: true, type: String, description: '最后编辑的人（账号编号）' })
  authorAccountId: string | null;

  @ApiProperty({ nullable: true, type: String, description: '最后审核的人（账号编号）' })
  reviewerAccountId: string | null;

  @ApiProperty({ nullable: true, type: String, description: '退回修改时审核人的意见' })
  reviewComment: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  publishedAt: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class CadreContentPageDto {
  @ApiProperty({ type: [CadreContentItemDto] })
  items: CadreContentItemDto[];

  @ApiProperty({ example: 3 })
  total: number;
}
