import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CARE_CATEGORIES,
  CARE_SERVICE_KINDS,
  CARE_SOURCES,
  CARE_STATUSES,
  RISK_LEVELS,
  type CareCategory,
  type CareServiceKind,
  type CareSource,
  type CareStatus,
  type RiskLevel,
} from '@hulei/shared';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { trim } from '../../common/http/dto-transforms';

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class CreateCareRecordDto {
  @ApiPropertyOptional({ example: '431222114200', description: '儿童所在的村；从求助或走访建立时可不填' })
  @IsOptional()
  @Matches(/^\d{12}$/, { message: '请选到村（12 位区划代码）' })
  villageCode?: string;

  @ApiPropertyOptional({ description: '从哪条求助建立' })
  @IsOptional()
  @IsUUID('all', { message: '求助编号格式不正确' })
  helpRequestId?: string;

  @ApiPropertyOptional({ description: '从哪次敲门走访建立' })
  @IsOptional()
  @IsUUID('all', { message: '走访编号格式不正确' })
  visitId?: string;

  @ApiProperty({ example: '张小花' })
  @Transform(trim)
  @IsString({ message: '请填写儿童姓名' })
  @MinLength(1, { message: '请填写儿童姓名' })
  @MaxLength(20, { message: '儿童姓名最多 20 个字' })
  childName: string;

  @ApiPropertyOptional({ example: 2014 })
  @IsOptional()
  @IsInt({ message: '出生年份应为四位数字' })
  @Min(1990, { message: '出生年份应为四位数字' })
  @Max(2200, { message: '出生年份应为四位数字' })
  birthYear?: number;

  @ApiProperty({ enum: CARE_CATEGORIES, enumName: 'CareCategory' })
  @IsIn(CARE_CATEGORIES, { message: '请选择类别' })
  category: CareCategory;

  @ApiProperty({ enum: RISK_LEVELS, enumName: 'RiskLevel' })
  @IsIn(RISK_LEVELS, { message: '请选择风险等级' })
  riskLevel: RiskLevel;

  @ApiPropertyOptional({ example: '父母在外务工，随祖母生活', maxLength: 500 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500, { message: '监护情况最多 500 字' })
  guardianSituation?: string;

  @ApiPropertyOptional({ example: '官庄镇中心小学', maxLength: 60 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(60, { message: '学校名称最多 60 字' })
  school?: string;

  @ApiPropertyOptional({ description: '妇联的工作记录（帮扶人看不到）', maxLength: 2000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000, { message: '工作记录最多 2000 字' })
  notes?: string;
}

export class UpdateCareRecordDto {
  @ApiPropertyOptional({ enum: CARE_CATEGORIES, enumName: 'CareCategory' })
  @IsOptional()
  @IsIn(CARE_CATEGORIES, { message: '请选择类别' })
  category?: CareCategory;

  @ApiPropertyOptional({ enum: RISK_LEVELS, enumName: 'RiskLevel' })
  @IsOptional()
  @IsIn(RISK_LEVELS, { message: '请选择风险等级' })
  riskLevel?: RiskLevel;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500, { message: '监护情况最多 500 字' })
  guardianSituation?: string;

  @ApiPropertyOptional({ maxLength: 60 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(60, { message: '学校名称最多 60 字' })
  school?: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000, { message: '工作记录最多 2000 字' })
  notes?: string;
}

export class CareRecordQueryDto {
  @ApiPropertyOptional({ enum: CARE_STATUSES, enumName: 'CareStatus' })
  @IsOptional()
  @IsIn(CARE_STATUSES)
  status?: CareStatus;

  @ApiPropertyOptional({ description: 'true 只看回访逾期的' })
  @IsOptional()
  @Transform(toBoolean)
  @IsIn([true, false], { message: 'overdue 只能是 true 或 false' })
  overdue?: boolean;

  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100000)
  page?: number;

  @ApiPropertyOptional({ default: 20, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;
}

export class ExportQueryDto {
  @ApiPropertyOptional({ example: '431222', description: '默认为自己所在的区划' })
  @IsOptional()
  @Matches(/^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/, { message: '区划代码应为 2、4、6、9 或 12 位数字' })
  regionCode?: string;
}

export class AddServiceDto {
  @ApiProperty({ enum: CARE_SERVICE_KINDS, enumName: 'CareServiceKind' })
  @IsIn(CARE_SERVICE_KINDS, { message: '请选择服务项目' })
  kind: CareServiceKind;

  @ApiProperty({ example: '2026-06-15' })
  @Matches(DATE, { message: '日期格式应为 2026-06-15' })
  providedOn: string;

  @ApiProperty({ example: '沅陵县一站式取证救助中心', maxLength: 80 })
  @Transform(trim)
  @IsString({ message: '请填写服务机构' })
  @MinLength(1, { message: '请填写服务机构' })
  @MaxLength(80, { message: '服务机构最多 80 字' })
  provider: string;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(1000, { message: '说明最多 1000 字' })
  note?: string;
}

export class PairHelpersDto {
  @ApiProperty({ type: [String], description: '帮扶人（志愿者账号）编号；一对一或多对一' })
  @IsArray({ message: '请选择帮扶人' })
  @ArrayMinSize(1, { message: '请至少选择一位帮扶人' })
  @ArrayMaxSize(5, { message: '一名儿童最多 5 位帮扶人' })
  @IsUUID('all', { each: true, message: '帮扶人编号格式不正确' })
  helperAccountIds: string[];

  @ApiPropertyOptional({ default: 30, description: '多少天至少回访一次（默认每月一次）' })
  @IsOptional()
  @IsInt({ message: '回访间隔应为天数' })
  @Min(1, { message: '回访间隔至少 1 天' })
  @Max(30, { message: '至少每月回访一次（间隔不超过 30 天）' })
  intervalDays?: number;
}

export class CloseCareRecordDto {
  @ApiPropertyOptional({ maxLength: 500, example: '孩子已随父母外出就学，转入当地跟进' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500, { message: '最多 500 字' })
  reason?: string;
}

export class AddFollowUpDto {
  @ApiProperty({ example: '2026-06-20', description: '回访日期' })
  @Matches(DATE, { message: '日期格式应为 2026-06-20' })
  visitedOn: string;

  @ApiProperty({ maxLength: 1000, example: '孩子情绪稳定，期末考试进步了' })
  @Transform(trim)
  @IsString({ message: '请写下回访情况' })
  @MinLength(1, { message: '请写下回访情况' })
  @MaxLength(1000, { message: '最多 1000 字' })
  note: string;
}

// Answers

export class CareServiceDto {
  @ApiProperty()
  id: string;

  @ApiProperty({ enum: CARE_SERVICE_KINDS, enumName: 'CareServiceKind' })
  kind: CareServiceKind;

  @ApiProperty()
  providedOn: string;

  @ApiProperty()
  provider: string;

  @ApiProperty({ nullable: true, type: String })
  note: string | null;
}

export class PairingDto {
  @ApiProperty()
  id: string;

  @ApiProperty()
  helperAccountId: string;

  @ApiProperty()
  helperName: string;

  @ApiProperty()
  intervalDays: number;

  @ApiProperty()
  startedAt: Date;

  @ApiProperty({ nullable: true, type: Date })
  lastFollowUpAt: Date | null;

  @ApiProperty()
  nextDueAt: Date;

  @ApiProperty({ description: '回访已逾期' })
  overdue: boolean;

  @ApiProperty({ nullable: true, type: Date })
  endedAt: Date | null;
}

export class FollowUpNoteDto {
  @ApiProperty()
  id: string;

  @ApiProperty()
  visitedOn: string;

  @ApiProperty()
  authorName: string;

  @ApiProperty({ nullable: true, type: String, description: '保存期满后已删除时为空' })
  note: string | null;
}

export class CareRecordSummaryDto {
  @ApiProperty()
  id: string;

  @ApiProperty()
  villageCode: string;

  @ApiProperty()
  villageName: string;

  @ApiProperty({ nullable: true, type: String, description: '保存期满后已删除时为空' })
  childName: string | null;

  @ApiProperty({ nullable: true, type: Number })
  birthYear: number | null;

  @ApiProperty({ enum: CARE_CATEGORIES, enumName: 'CareCategory' })
  category: CareCategory;

  @ApiProperty({ enum: RISK_LEVELS, enumName: 'RiskLevel' })
  riskLevel: RiskLevel;

  @ApiProperty({ enum: CARE_STATUSES, enumName: 'CareStatus' })
  status: CareStatus;

  @ApiProperty({ description: '在帮扶中的帮扶人数' })
  helpers: number;

  @ApiProperty({ description: '有帮扶人回访逾期' })
  overdue: boolean;

  @ApiProperty()
  createdAt: Date;
}

export class CareRecordPageDto {
  @ApiProperty({ type: [CareRecordSummaryDto] })
  items: CareRecordSummaryDto[];

  @ApiProperty()
  total: number;
}

export class CareRecordDetailDto extends CareRecordSummaryDto {
  @ApiProperty({ enum: CARE_SOURCES, enumName: 'CareSource' })
  source: CareSource;

  @ApiProperty({ nullable: true, type: String })
  helpRequestId: string | null;

  @ApiProperty({ nullable: true, type: String })
  visitId: string | null;

  @ApiProperty({ nullable: true, type: String })
  guardianSituation: string | null;

  @ApiProperty({ nullable: true, type: String })
  school: string | null;

  @ApiProperty({ nullable: true, type: String })
  notes: string | null;

  @ApiProperty({ type: [CareServiceDto] })
  services: CareServiceDto[];

  @ApiProperty({ type: [PairingDto] })
  pairings: PairingDto[];

  @ApiProperty({ type: [FollowUpNoteDto] })
  followUps: FollowUpNoteDto[];

  @ApiProperty({ nullable: true, type: Date })
  closedAt: Date | null;

  @ApiProperty({ nullable: true, type: Date })
  purgedAt: Date | null;
}

/** What a paired helper sees of a child: who, where, the plan and the notes. Nothing of the case. */
export class FollowUpPlanDto {
  @ApiProperty()
  recordId: string;

  @ApiProperty({ nullable: true, type: String })
  childName: string | null;

  @ApiProperty({ nullable: true, type: Number })
  birthYear: number | null;

  @ApiProperty()
  villageName: string;

  @ApiProperty({ description: '多少天至少回访一次' })
  intervalDays: number;

  @ApiProperty({ nullable: true, type: Date })
  lastFollowUpAt: Date | null;

  @ApiProperty()
  nextDueAt: Date;

  @ApiProperty()
  overdue: boolean;

  @ApiProperty({ type: [String], description: '结对的帮扶人' })
  helperNames: string[];
}

export class FollowUpPlanDetailDto extends FollowUpPlanDto {
  @ApiProperty({ type: [FollowUpNoteDto] })
  notes: FollowUpNoteDto[];
}
