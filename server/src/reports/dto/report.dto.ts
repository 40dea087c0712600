import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  MONTH_PATTERN,
  NARRATIVE_MAX_LENGTH,
  REGION_LEVELS,
  REPORT_KINDS,
  REPORT_STATUSES,
  RETURN_COMMENT_MAX_LENGTH,
  type RegionLevel,
  type ReportKind,
  type ReportStatus,
} from '@hulei/shared';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { REPORT_EVENT_KINDS, type ReportEventKind } from '../report.entities';
import { trim } from '../../common/http/dto-transforms';

export class ReportColumnDto {
  @ApiProperty({ example: 'received' })
  key: string;

  @ApiProperty({ example: '收到（条）' })
  label: string;

  @ApiProperty({
    enum: ['count', 'percent', 'number', 'text'],
    description: 'count 计数；percent 百分数（0–100，一位小数）；number 其他数（平均分）；text 文字',
  })
  kind: 'count' | 'percent' | 'number' | 'text';
}

export class ReportRowDto {
  @ApiProperty({ example: 'sexual_abuse' })
  key: string;

  @ApiProperty({ example: '性侵害' })
  label: string;

  @ApiPropertyOptional({ description: '合计行' })
  total?: boolean;

  @ApiProperty({
    type: 'array',
    items: { oneOf: [{ type: 'number' }, { type: 'string' }], nullable: true },
    description:
      '与 columns 一一对应。数字；"<5" 或 "≥5"（小数字保护：乡镇、村的 1–4 对本地区以外的人不显示）；"—" 比率因数字不显示而无法计算；null 无数据',
  })
  cells: Array<number | string | null>;
}

export class ReportTableDto {
  @ApiProperty({ example: 'byCategory' })
  key: string;

  @ApiProperty({ example: '按求助类别' })
  title: string;

  @ApiPropertyOptional({ description: '口径说明' })
  note?: string;

  @ApiProperty({ type: [ReportColumnDto] })
  columns: ReportColumnDto[];

  @ApiProperty({ type: [ReportRowDto] })
  rows: ReportRowDto[];
}

export class ReportSectionDto {
  @ApiProperty({ example: 'help' })
  key: string;

  @ApiProperty({ example: '三、求助处置' })
  title: string;

  @ApiProperty({ type: [ReportTableDto] })
  tables: ReportTableDto[];
}

export class NarrativeDto {
  @ApiPropertyOptional({ maxLength: NARRATIVE_MAX_LENGTH, example: '结合赶集日开展普法宣传，群众参与度高。' })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: '请填写文字' })
  @MaxLength(NARRATIVE_MAX_LENGTH, { message: `最多 ${NARRATIVE_MAX_LENGTH} 字` })
  experience?: string;

  @ApiPropertyOptional({ maxLength: NARRATIVE_MAX_LENGTH })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: '请填写文字' })
  @MaxLength(NARRATIVE_MAX_LENGTH, { message: `最多 ${NARRATIVE_MAX_LENGTH} 字` })
  problems?: string;

  @ApiPropertyOptional({ maxLength: NARRATIVE_MAX_LENGTH })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: '请填写文字' })
  @MaxLength(NARRATIVE_MAX_LENGTH, { message: `最多 ${NARRATIVE_MAX_LENGTH} 字` })
  suggestions?: string;
}

export class ReportNarrativeDto {
  @ApiProperty({ nullable: true, type: String, description: '工作经验和做法' })
  experience: string | null;

  @ApiProperty({ nullable: true, type: String, description: '存在的问题' })
  problems: string | null;

  @ApiProperty({ nullable: true, type: String, description: '意见和建议' })
  suggestions: string | null;
}

export class ReturnReportDto {
  @ApiProperty({ maxLength: RETURN_COMMENT_MAX_LENGTH, example: '请补充本月赶集普法活动的具体做法。' })
  @Transform(trim)
  @IsString({ message: '请写明退回的原因' })
  @MinLength(1, { message: '请写明退回的原因' })
  @MaxLength(RETURN_COMMENT_MAX_LENGTH, { message: `最多 ${RETURN_COMMENT_MAX_LENGTH} 字` })
  comment: string;
}

export class ReportEventDto {
  @ApiProperty({ enum: REPORT_EVENT_KINDS, enumName: 'ReportEventKind', description: '生成草稿、保存、上报、退回' })
  kind: ReportEventKind;

  @ApiProperty()
  at: Date;

  @ApiPropertyOptional({ example: '官庄镇妇联' })
  actorName?: string;

  @ApiPropertyOptional({ description: '退回意见' })
  comment?: string;
}

export class ReportDto {
  @ApiProperty({ example: '431222114200' })
  regionCode: string;

  @ApiProperty({ example: '太平铺村' })
  regionName: string;

  @ApiProperty({ enum: REGION_LEVELS, enumName: 'RegionLevel' })
  level: RegionLevel;

  @ApiProperty({ example: '2026-05', description: '月报 YYYY-MM；年度总结 YYYY' })
  period: string;

  @ApiProperty({ enum: REPORT_KINDS, enumName: 'ReportKind' })
  kind: ReportKind;

  @ApiProperty({ example: '2026年5月' })
  periodLabel: string;

  @ApiProperty({ description: '统计起（北京时间当期第一天 0 点）' })
  from: Date;

  @ApiProperty({ description: '统计止（不含）' })
  to: Date;

  @ApiProperty({ description: '数字统计于何时；已上报的报告为上报时的数字' })
  asOf: Date;

  @ApiProperty({ description: 'true：刚刚按数据统计；false：上报时的数字' })
  live: boolean;

  @ApiProperty({ description: '有小数字对你不显示（<5）' })
  hidden: boolean;

  @ApiProperty({ enum: REPORT_STATUSES, enumName: 'ReportStatus' })
  status: ReportStatus;

  @ApiProperty({ description: '上报截止时间' })
  dueAt: Date;

  @ApiProperty({ description: '已过截止时间仍未上报' })
  late: boolean;

  @ApiProperty({ nullable: true, type: Date })
  submittedAt: Date | null;

  @ApiPropertyOptional()
  submittedByName?: string;

  @ApiProperty({ description: '上报次数（退回后再报算第二次）' })
  submissions: number;

  @ApiProperty({ nullable: true, type: Date })
  returnedAt: Date | null;

  @ApiPropertyOptional()
  returnedByName?: string;

  @ApiProperty({ nullable: true, type: String, description: '上级退回的意见' })
  returnComment: string | null;

  @ApiProperty({ description: '你可以填写本报告（本级，未上报）' })
  canEdit: boolean;

  @ApiProperty({ description: '你可以上报本报告' })
  canSubmit: boolean;

  @ApiProperty({ description: '你可以退回本报告（上一级，已上报）' })
  canReturn: boolean;

  @ApiProperty({ type: ReportNarrativeDto })
  narrative: ReportNarrativeDto;

  @ApiProperty({ type: [ReportSectionDto] })
  sections: ReportSectionDto[];

  @ApiProperty({ type: [ReportEventDto] })
  events: ReportEventDto[];
}

export class SubmissionDto {
  @ApiProperty({ example: '431222114200' })
  regionCode: string;

  @ApiProperty({ example: '太平铺村' })
  regionName: string;

  @ApiProperty({ description: '该地区有妇联账号，应当上报' })
  expected: boolean;

  @ApiProperty({ enum: REPORT_STATUSES, enumName: 'ReportStatus' })
  status: ReportStatus;

  @ApiProperty()
  dueAt: Date;

  @ApiProperty({ description: '应报未报且已过截止时间' })
  late: boolean;

  @ApiProperty({ nullable: true, type: Date })
  submittedAt: Date | null;

  @ApiProperty({ description: '上报时已过截止时间' })
  submittedLate: boolean;

  @ApiPropertyOptional()
  submittedByName?: string;

  @ApiProperty({ nullable: true, type: String })
  returnComment: string | null;
}

export class SubmissionListDto {
  @ApiProperty({ example: '431222114' })
  regionCode: string;

  @ApiProperty({ example: '官庄镇' })
  regionName: string;

  @ApiProperty({ example: '2026-05' })
  period: string;

  @ApiProperty({ example: '2026年5月' })
  periodLabel: string;

  @ApiProperty({ description: '应报' })
  expected: number;

  @ApiProperty({ description: '已报' })
  submitted: number;

  @ApiProperty({ description: '逾期未报' })
  late: number;

  @ApiProperty({ type: [SubmissionDto] })
  items: SubmissionDto[];
}

export class DashboardQueryDto {
  @ApiPropertyOptional({ example: '2026-05', description: '月份，默认本月' })
  @IsOptional()
  @Matches(MONTH_PATTERN, { message: '月份应写成 2026-05' })
  month?: string;
}

export class ChartSeriesDto {
  @ApiProperty({ example: 'helpReceived', description: '表中的列' })
  key: string;

  @ApiProperty({ example: '求助' })
  label: string;
}

export class DashboardChartDto {
  @ApiProperty({ example: 'helpTrend' })
  key: string;

  @ApiProperty({ example: '近 12 个月求助' })
  title: string;

  @ApiProperty({ enum: ['columns', 'bars'], description: 'columns 按时间的竖柱；bars 按类别或地区的横条' })
  kind: 'columns' | 'bars';

  @ApiProperty({ enum: ['count', 'percent'] })
  unit: 'count' | 'percent';

  @ApiProperty({ type: [ChartSeriesDto], description: '画出来的列；合计行不画' })
  series: ChartSeriesDto[];

  @ApiProperty({ type: ReportTableDto, description: '图背后的表' })
  table: ReportTableDto;
}

export class DashboardDto {
  @ApiProperty({ example: '431222114' })
  regionCode: string;

  @ApiProperty({ example: '官庄镇' })
  regionName: string;

  @ApiProperty({ enum: REGION_LEVELS, enumName: 'RegionLevel' })
  level: RegionLevel;

  @ApiProperty({ example: '2026-05' })
  month: string;

  @ApiProperty({ example: '2026年5月' })
  monthLabel: string;

  @ApiProperty({ description: '有小数字对你不显示（<5）' })
  hidden: boolean;

  @ApiProperty({ type: [DashboardChartDto] })
  charts: DashboardChartDto[];
}
