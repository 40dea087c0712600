import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  HANDLING_LEVELS,
  HELP_CATEGORIES,
  HELP_STATUSES,
  REQUESTER_ROLES,
  URGENCIES,
  type HandlingLevel,
  type HelpCategory,
  type HelpStatus,
  type RequesterRole,
  type Urgency,
} from '@hulei/shared';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsDate, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { HELP_EVENT_KINDS, type HelpEventKind } from '../help-request-event.entity';
import { ConversationMessageDto, MESSAGE_MAX } from './public.dto';
import { toDate, trim } from '../../common/http/dto-transforms';

export const REFERRAL_DEPARTMENTS = [
  'police',
  'procuratorate',
  'court',
  'justice',
  'health',
  'education',
  'civil_affairs',
  'one_stop_centre',
] as const;
export type ReferralDepartment = (typeof REFERRAL_DEPARTMENTS)[number];

export class InboxQueryDto {
  @ApiPropertyOptional({ enum: HELP_STATUSES, enumName: 'HelpStatus' })
  @IsOptional()
  @IsIn(HELP_STATUSES)
  status?: HelpStatus;

  @ApiPropertyOptional({ enum: HELP_CATEGORIES, enumName: 'HelpCategory' })
  @IsOptional()
  @IsIn(HELP_CATEGORIES)
  category?: HelpCategory;

  @ApiPropertyOptional({ enum: URGENCIES, enumName: 'Urgency' })
  @IsOptional()
  @IsIn(URGENCIES)
  urgency?: Urgency;

  @ApiPropertyOptional({ enum: HANDLING_LEVELS, enumName: 'HandlingLevel', description: '现在由哪一级处理' })
  @IsOptional()
  @IsIn(HANDLING_LEVELS)
  level?: HandlingLevel;

  @ApiPropertyOptional({ description: '只看超时的：未按时受理，或强制报告已超时' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ default: 1, minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100000)
  page?: number;

  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;
}

export class InboxItemDto {
  @ApiProperty()
  id: string;

  @ApiProperty({ enum: HELP_CATEGORIES, enumName: 'HelpCategory' })
  category: HelpCategory;

  @ApiProperty({ enum: HELP_STATUSES, enumName: 'HelpStatus' })
  status: HelpStatus;

  @ApiProperty({ enum: URGENCIES, enumName: 'Urgency' })
  urgency: Urgency;

  @ApiProperty()
  regionCode: string;

  @ApiProperty({ example: '太平铺村' })
  regionName: string;

  @ApiProperty({ enum: HANDLING_LEVELS, enumName: 'HandlingLevel' })
  handlingLevel: HandlingLevel;

  @ApiProperty()
  createdAt: Date;

  @ApiProperty({ nullable: true, type: Date, description: '当前这一步的截止时间' })
  dueAt: Date | null;

  @ApiProperty({ description: '强制报告已超时（红色标记）' })
  policeReportOverdue: boolean;
}

export class InboxPageDto {
  @ApiProperty({ type: [InboxItemDto] })
  items: InboxItemDto[];

  @ApiProperty()
  total: number;
}

export class CadreMessageDto extends ConversationMessageDto {
  @ApiPropertyOptional({ description: '回复的干部' })
  authorName?: string;
}

export class TimelineEventDto {
  @ApiProperty({ enum: HELP_EVENT_KINDS })
  kind: HelpEventKind;

  @ApiProperty()
  at: Date;

  @ApiProperty({ description: '此后由哪一级处理' })
  level: string;

  @ApiProperty()
  regionCode: string;

  @ApiPropertyOptional({ description: '操作的干部' })
  actorName?: string;

  @ApiPropertyOptional({ description: '说明（状态、转介部门、理由等）' })
  note?: string;

  @ApiPropertyOptional()
  data?: string;
}

export class PoliceReportDto {
  @ApiProperty({ nullable: true, type: String })
  policeStation: string | null;

  @ApiProperty()
  reportedAt: Date;

  @ApiProperty({ nullable: true, type: String })
  reference: string | null;
}

export class HelpRequestDetailDto extends InboxItemDto {
  @ApiProperty({ enum: REQUESTER_ROLES, enumName: 'RequesterRole' })
  requesterRole: RequesterRole;

  @ApiProperty({ nullable: true, type: String, description: '超过保存期限后为 null' })
  description: string | null;

  @ApiProperty({ nullable: true, type: String })
  contactPhone: string | null;

  @ApiProperty({ nullable: true, type: Date })
  acknowledgedAt: Date | null;

  @ApiProperty({ description: '是否已做强制报告' })
  policeReported: boolean;

  @ApiProperty({ description: '村级已申请结案，等待乡镇审核' })
  closurePending: boolean;

  @ApiProperty({ description: '求助者申请删除内容，等待乡镇审核' })
  erasureRequested: boolean;

  @ApiProperty({ description: '内容已删除（保存期满或应申请）' })
  erased: boolean;

  @ApiProperty({ nullable: true, type: String })
  closureReason: string | null;

  @ApiProperty({ type: [CadreMessageDto] })
  messages: CadreMessageDto[];

  @ApiProperty({ type: [TimelineEventDto] })
  events: TimelineEventDto[];

  @ApiProperty({ type: [PoliceReportDto] })
  policeReports: PoliceReportDto[];
}

export class ReplyDto {
  @ApiProperty({ maxLength: MESSAGE_MAX })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: '请写下回复' })
  @MaxLength(MESSAGE_MAX, { message: `最多 ${MESSAGE_MAX} 个字` })
  body: string;
}

export class ChangeStatusDto {
  @ApiProperty({ enum: ['in_progress', 'resolved'] })
  @IsIn(['in_progress', 'resolved'], { message: '只能改为处理中或已解决' })
  status: 'in_progress' | 'resolved';

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class ReferralDto {
  @ApiProperty({ enum: REFERRAL_DEPARTMENTS })
  @IsIn(REFERRAL_DEPARTMENTS, { message: '请选择转介部门' })
  department: ReferralDepartment;

  @ApiPropertyOptional({ maxLength: 500, description: '转介了什么' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class RecordPoliceReportDto {
  @ApiProperty({ example: '官庄派出所' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: '请填写报告的派出所' })
  @MaxLength(100)
  policeStation: string;

  @ApiProperty({ description: '报告时间（ISO 8601）' })
  @Transform(toDate)
  @IsDate({ message: '请填写报告时间' })
  reportedAt: Date;

  @ApiPropertyOptional({ description: '回执或案件编号' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  reference?: string;
}

export class CloseDto {
  @ApiPropertyOptional({ maxLength: 1000, description: '性侵害类求助未做强制报告时必填，由乡镇审核' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(1000)
  reason?: string;
}

export class CloseResultDto {
  @ApiProperty({ enum: HELP_STATUSES, enumName: 'HelpStatus' })
  status: HelpStatus;

  @ApiProperty({ description: 'true：已提交乡镇审核，审核通过后结案' })
  closurePending: boolean;
}

export class EraseDto {
  @ApiProperty({ maxLength: 500, description: '删除的理由（例如：求助者申请，已核实）' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: '请写明删除的理由' })
  @MaxLength(500)
  reason: string;
}

export class ClosureReviewDto {
  @ApiProperty()
  @IsBoolean()
  approve: boolean;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  comment?: string;
}
