import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MARKET_EVENT_STATUSES, type MarketEventStatus } from '@hulei/shared';
import { Type } from 'class-transformer';
import { IsDefined, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ContentSummaryDto } from '../../content/dto/content.dto';

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/** What a town or county federation fills in for a market-day stall. */
export class MarketEventInputDto {
  @ApiProperty({ example: '官庄集', description: '集市名称', maxLength: 50 })
  @IsString()
  @MinLength(1, { message: '请填写集市名称' })
  @MaxLength(50)
  marketName: string;

  @ApiProperty({ example: '431222114', description: '集市所在乡镇（须在你的管辖范围内）' })
  @IsDefined()
  @Matches(/^\d{9}$/, { message: '请选择乡镇（9 位区划代码）' })
  townCode: string;

  @ApiProperty({ example: '2026-06-06', description: '赶集日期（当地日期）' })
  @IsDefined()
  @Matches(DATE_PATTERN, { message: '日期格式应为 2026-06-06' })
  date: string;

  @ApiProperty({ example: '08:00', description: '开始时间' })
  @IsDefined()
  @Matches(TIME_PATTERN, { message: '时间格式应为 08:00' })
  startTime: string;

  @ApiProperty({ example: '12:00', description: '结束时间，晚于开始时间' })
  @IsDefined()
  @Matches(TIME_PATTERN, { message: '时间格式应为 12:00' })
  endTime: string;

  @ApiPropertyOptional({
    example: '县妇联、县人民法院少年法庭法官、县司法局律师',
    description: '摆摊的单位和人员，印在海报上',
    maxLength: 500,
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  organisers?: string;
}

export class MarketEventQueryDto {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;
}

export class MarketCountersDto {
  @ApiProperty({ example: 120, description: '扫码打开活动页的次数' })
  scans: number;

  @ApiProperty({ example: 45, description: '从活动页答完的题数（份）' })
  quizzes: number;

  @ApiProperty({ example: 1, description: '从活动页提交的求助数' })
  helpRequests: number;
}

/** An event as its federation sees it, with the anonymous counters. */
export class MarketEventDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'K7M2QX9P', description: '二维码里的活动码' })
  code: string;

  @ApiProperty({ example: '官庄集' })
  marketName: string;

  @ApiProperty({ example: '431222114' })
  townCode: string;

  @ApiProperty({ example: '官庄镇' })
  townName: string;

  @ApiProperty({ example: '2026-06-06' })
  date: string;

  @ApiProperty({ example: '08:00' })
  startTime: string;

  @ApiProperty({ example: '12:00' })
  endTime: string;

  @ApiProperty({ example: '县妇联、县人民法院少年法庭法官' })
  organisers: string;

  @ApiProperty({ enum: MARKET_EVENT_STATUSES, enumName: 'MarketEventStatus' })
  status: MarketEventStatus;

  @ApiProperty({ type: MarketCountersDto })
  counters: MarketCountersDto;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class MarketEventPageDto {
  @ApiProperty({ type: [MarketEventDto] })
  items: MarketEventDto[];

  @ApiProperty({ example: 2 })
  total: number;
}

/** What a phone shows after scanning the stall's QR code: public, cached, no counters. */
export class MarketLandingDto {
  @ApiProperty({ format: 'uuid', description: '答题和求助时作为 marketEventId 带上' })
  id: string;

  @ApiProperty({ example: 'K7M2QX9P' })
  code: string;

  @ApiProperty({ example: '官庄集' })
  marketName: string;

  @ApiProperty({ example: '431222114', description: '求助时预先选好的乡镇' })
  townCode: string;

  @ApiProperty({ example: '官庄镇' })
  townName: string;

  @ApiProperty({ example: '湖南省 怀化市 沅陵县 官庄镇' })
  regionPath: string;

  @ApiProperty({ example: '2026-06-06' })
  date: string;

  @ApiProperty({ example: '08:00' })
  startTime: string;

  @ApiProperty({ example: '12:00' })
  endTime: string;

  @ApiProperty({ example: '县妇联、县人民法院少年法庭法官' })
  organisers: string;

  @ApiProperty({ enum: MARKET_EVENT_STATUSES, enumName: 'MarketEventStatus' })
  status: MarketEventStatus;

  @ApiProperty({ type: [ContentSummaryDto], description: '三堂课：6–8 岁、9–12 岁、家长各一堂' })
  lessons: ContentSummaryDto[];
}
