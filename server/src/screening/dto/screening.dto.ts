import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CHECKLIST_ANSWERS,
  CHECKLIST_ITEM_IDS,
  HELP_CATEGORIES,
  URGENCIES,
  type ChecklistAnswer,
  type ChecklistItemId,
  type HelpCategory,
  type Urgency,
} from '@hulei/shared';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDate,
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
  ValidateNested,
} from 'class-validator';
import { toDate, trim } from '../../common/http/dto-transforms';

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

// Grids

export class CreateGridDto {
  @ApiProperty({ example: '一组', maxLength: 40 })
  @Transform(trim)
  @IsString({ message: '请填写网格名称' })
  @MinLength(1, { message: '请填写网格名称' })
  @MaxLength(40, { message: '网格名称最多 40 个字' })
  name: string;
}

export class AssignGridWorkerDto {
  @ApiProperty({ description: '网格员账号编号' })
  @IsUUID('all', { message: '账号编号格式不正确' })
  accountId: string;
}

export class GridWorkerDto {
  @ApiProperty()
  accountId: string;

  @ApiProperty()
  name: string;
}

export class GridDto {
  @ApiProperty()
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  villageCode: string;

  @ApiProperty({ description: '这个网格里登记的户数' })
  households: number;

  @ApiProperty({ type: [GridWorkerDto] })
  workers: GridWorkerDto[];
}

// Households

export class ChildInputDto {
  @ApiProperty({ example: '张小花' })
  @Transform(trim)
  @IsString({ message: '请填写儿童姓名' })
  @MinLength(1, { message: '请填写儿童姓名' })
  @MaxLength(20, { message: '儿童姓名最多 20 个字' })
  name: string;

  @ApiProperty({ example: 2015 })
  @IsInt({ message: '出生年份应为四位数字' })
  @Min(1990, { message: '出生年份应为四位数字' })
  @Max(2200, { message: '出生年份应为四位数字' })
  birthYear: number;
}

export class CreateHouseholdDto {
  @ApiProperty({ example: '太平铺村一组12号', maxLength: 80 })
  @Transform(trim)
  @IsString({ message: '请填写门牌号或地址' })
  @MinLength(1, { message: '请填写门牌号或地址' })
  @MaxLength(80, { message: '门牌号或地址最多 80 个字' })
  address: string;

  @ApiProperty({ example: '张建国', maxLength: 20 })
  @Transform(trim)
  @IsString({ message: '请填写户主姓名' })
  @MinLength(1, { message: '请填写户主姓名' })
  @MaxLength(20, { message: '户主姓名最多 20 个字' })
  headName: string;

  @ApiPropertyOptional({ description: '所属网格编号' })
  @IsOptional()
  @IsUUID('all', { message: '网格编号格式不正确' })
  gridId?: string;

  @ApiProperty({ type: [ChildInputDto] })
  @IsArray({ message: '儿童名单格式不正确' })
  @ArrayMaxSize(10, { message: '一户最多登记 10 名儿童' })
  @ValidateNested({ each: true })
  @Type(() => ChildInputDto)
  children: ChildInputDto[];
}

export class ImportResultDto {
  @ApiProperty({ description: '导入的户数' })
  households: number;

  @ApiProperty({ description: '导入的儿童人数' })
  children: number;

  @ApiProperty({ type: [String], description: '按表格新建的网格' })
  gridsCreated: string[];
}

export class HouseholdQueryDto {
  @ApiPropertyOptional({ description: 'true 只看本次活动已走访的，false 只看未走访的' })
  @IsOptional()
  @Transform(toBoolean)
  @IsIn([true, false], { message: 'visited 只能是 true 或 false' })
  visited?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: '网格编号格式不正确' })
  gridId?: string;

  @ApiPropertyOptional({ description: '活动年度，默认今年' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '年度应为四位数字' })
  @Min(2020, { message: '年度应为四位数字' })
  @Max(2100, { message: '年度应为四位数字' })
  year?: number;

  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100000)
  page?: number;

  @ApiPropertyOptional({ default: 50, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  pageSize?: number;
}

export class UnvisitedQueryDto {
  @ApiProperty({ example: '431222114200', description: '村或乡镇的区划代码' })
  @Matches(/^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/, { message: '区划代码应为 2、4、6、9 或 12 位数字' })
  regionCode: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2020)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100000)
  page?: number;

  @ApiPropertyOptional({ default: 50, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  pageSize?: number;
}

export class HouseholdChildDto {
  @ApiProperty()
  name: string;

  @ApiProperty()
  birthYear: number;
}

export class HouseholdSummaryDto {
  @ApiProperty()
  id: string;

  @ApiProperty()
  villageCode: string;

  @ApiProperty({ nullable: true, type: String })
  gridId: string | null;

  @ApiProperty()
  address: string;

  @ApiProperty()
  headName: string;

  @ApiProperty()
  childCount: number;

  @ApiProperty({ description: '本次活动是否已走访' })
  visited: boolean;

  @ApiProperty({ nullable: true, type: Date })
  lastVisitedAt: Date | null;
}

export class HouseholdPageDto {
  @ApiProperty({ type: [HouseholdSummaryDto] })
  items: HouseholdSummaryDto[];

  @ApiProperty()
  total: number;
}

export class VisitSummaryDto {
  @ApiProperty()
  id: string;

  @ApiProperty({ example: '2026-06-12' })
  visitedOn: string;

  @ApiProperty()
  visitorName: string;

  @ApiProperty({ enum: CHECKLIST_ITEM_IDS, enumName: 'ChecklistItemId', isArray: true })
  concerns: ChecklistItemId[];

  @ApiProperty({ nullable: true, type: String, description: '走访中发现线索后建立的求助' })
  helpRequestId: string | null;

  @ApiProperty()
  policeReported: boolean;
}

export class HouseholdDetailDto extends HouseholdSummaryDto {
  @ApiProperty({ type: [HouseholdChildDto] })
  children: HouseholdChildDto[];

  @ApiProperty({ nullable: true, type: String })
  gridName: string | null;

  @ApiProperty({ type: [VisitSummaryDto] })
  visits: VisitSummaryDto[];
}

// Visits

export class ChecklistAnswerDto {
  @ApiProperty({ enum: CHECKLIST_ITEM_IDS, enumName: 'ChecklistItemId' })
  @IsIn(CHECKLIST_ITEM_IDS, { message: '六看六问里没有这一项' })
  item: ChecklistItemId;

  @ApiProperty({ enum: CHECKLIST_ANSWERS, enumName: 'ChecklistAnswer' })
  @IsIn(CHECKLIST_ANSWERS, { message: '请选择正常、有问题或不适用' })
  answer: ChecklistAnswer;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500, { message: '每项说明最多 500 字' })
  note?: string;
}

export class VisitPoliceReportDto {
  @ApiProperty({ example: '官庄派出所' })
  @Transform(trim)
  @IsString({ message: '请填写向哪个派出所报告' })
  @MinLength(2, { message: '请填写向哪个派出所报告' })
  @MaxLength(100, { message: '最多 100 个字' })
  policeStation: string;

  @ApiProperty({ description: '报告时间' })
  @Transform(toDate)
  @IsDate({ message: '请填写报告时间' })
  reportedAt: Date;

  @ApiPropertyOptional({ description: '回执或接警编号' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100, { message: '最多 100 个字' })
  reference?: string;
}

export class HarmCaseDto {
  @ApiProperty({ enum: HELP_CATEGORIES, enumName: 'HelpCategory' })
  @IsIn(HELP_CATEGORIES, { message: '请选择线索的类别' })
  category: HelpCategory;

  @ApiProperty({ maxLength: 2000, description: '发现了什么（只记事实，加密保存）' })
  @Transform(trim)
  @IsString({ message: '请写明发现了什么' })
  @MinLength(1, { message: '请写明发现了什么' })
  @MaxLength(2000, { message: '最多 2000 个字' })
  description: string;

  @ApiPropertyOptional({ enum: URGENCIES, enumName: 'Urgency', default: 'urgent' })
  @IsOptional()
  @IsIn(URGENCIES, { message: '请选择紧急或一般' })
  urgency?: Urgency;

  @ApiPropertyOptional({ type: VisitPoliceReportDto, description: '强制报告：已向公安报告时填写' })
  @IsOptional()
  @ValidateNested()
  @Type(() => VisitPoliceReportDto)
  policeReport?: VisitPoliceReportDto;
}

export class RecordVisitDto {
  @ApiProperty()
  @IsUUID('all', { message: '请选择走访的户' })
  householdId: string;

  @ApiProperty({ example: '2026-06-12', description: '走访日期' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '走访日期格式应为 2026-06-12' })
  visitedOn: string;

  @ApiProperty({ example: '网格员李梅、户主张建国、张小花', description: '在场人员' })
  @Transform(trim)
  @IsString({ message: '请填写在场人员' })
  @MinLength(1, { message: '请填写在场人员' })
  @MaxLength(200, { message: '在场人员最多 200 个字' })
  attendees: string;

  @ApiProperty({ type: [ChecklistAnswerDto], description: '六看六问的 12 项，每项一条' })
  @IsArray({ message: '请逐项填写六看六问' })
  @ArrayMaxSize(12, { message: '六看六问只有 12 项' })
  @ValidateNested({ each: true })
  @Type(() => ChecklistAnswerDto)
  answers: ChecklistAnswerDto[];

  @ApiPropertyOptional({ type: HarmCaseDto, description: '第 1 项有问题时：建立求助并可同时记录强制报告' })
  @IsOptional()
  @ValidateNested()
  @Type(() => HarmCaseDto)
  harmCase?: HarmCaseDto;
}

export class VisitResultDto {
  @ApiProperty()
  id: string;

  @ApiProperty()
  householdId: string;

  @ApiProperty()
  visitedOn: string;

  @ApiProperty({ enum: CHECKLIST_ITEM_IDS, enumName: 'ChecklistItemId', isArray: true })
  concerns: ChecklistItemId[];

  @ApiProperty({ nullable: true, type: String })
  helpRequestId: string | null;

  @ApiProperty()
  policeReported: boolean;
}

// Coverage and campaigns

export class CampaignDatesDto {
  @ApiProperty({ example: '2026-05-31', description: '动员部署截止' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 2026-05-31' })
  mobilisationBy: string;

  @ApiProperty({ example: '2026-05-01', description: '工作实施开始' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 2026-05-01' })
  implementationFrom: string;

  @ApiProperty({ example: '2026-12-31', description: '工作实施结束' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 2026-12-31' })
  implementationTo: string;

  @ApiProperty({ example: '2026-12-01', description: '村级总结上报截止' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 2026-12-01' })
  summaryBy: string;
}

export const CAMPAIGN_PHASES = ['mobilisation', 'implementation', 'summary', 'finished'] as const;
export type CampaignPhase = (typeof CAMPAIGN_PHASES)[number];

export class CampaignDto extends CampaignDatesDto {
  @ApiProperty()
  countyCode: string;

  @ApiProperty()
  year: number;

  @ApiProperty({ description: '县妇联是否已设定（否则为方案的默认日期）' })
  setByCounty: boolean;

  @ApiProperty({ enum: CAMPAIGN_PHASES, enumName: 'CampaignPhase' })
  phase: CampaignPhase;
}

export class CoverageQueryDto {
  @ApiPropertyOptional({ example: '431222114', description: '默认为自己所在的区划' })
  @IsOptional()
  @Matches(/^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/, { message: '区划代码应为 2、4、6、9 或 12 位数字' })
  regionCode?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2020)
  @Max(2100)
  year?: number;
}

export class CoveragePartDto {
  @ApiProperty({ nullable: true, type: String, description: '下一级区划代码，村一级为网格编号；null 为未分网格' })
  code: string | null;

  @ApiProperty()
  name: string;

  @ApiProperty()
  total: number;

  @ApiProperty()
  visited: number;
}

export class ConcernCountDto {
  @ApiProperty({ enum: CHECKLIST_ITEM_IDS, enumName: 'ChecklistItemId' })
  item: ChecklistItemId;

  @ApiProperty({ description: '本项有问题的户数' })
  households: number;
}

export class CoverageDto {
  @ApiProperty()
  regionCode: string;

  @ApiProperty()
  regionName: string;

  @ApiProperty()
  year: number;

  @ApiProperty()
  total: number;

  @ApiProperty()
  visited: number;

  @ApiProperty({ description: '未走访户数（零遗留的目标是 0）' })
  unvisited: number;

  @ApiProperty({ type: [CoveragePartDto] })
  parts: CoveragePartDto[];

  @ApiProperty({ type: [ConcernCountDto] })
  concerns: ConcernCountDto[];

  @ApiProperty({ type: CampaignDto, nullable: true, description: '县及以下才有' })
  campaign: CampaignDto | null;
}
