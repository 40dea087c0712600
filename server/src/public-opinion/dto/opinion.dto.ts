import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REGION_CODE_PATTERN } from '@hulei/shared';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { OPINION_LEVELS, SEVERITIES, type OpinionLevel, type Severity } from '../opinion-case.entity';
import { trim } from '../../common/http/dto-transforms';

export class CreateOpinionCaseDto {
  @ApiProperty({ example: '431222114200', description: '舆情涉及的乡镇或村' })
  @Matches(REGION_CODE_PATTERN, { message: '区划代码应为 2、4、6、9 或 12 位数字' })
  regionCode: string;

  @ApiProperty({ enum: SEVERITIES })
  @IsIn(SEVERITIES, { message: '请选择严重程度' })
  severity: Severity;

  @ApiProperty({ maxLength: 2000, description: '舆情内容摘要' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: '请写明舆情内容' })
  @MaxLength(2000)
  description: string;

  @ApiPropertyOptional({ maxLength: 500, description: '来源链接或说明' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  source?: string;
}

export class FeedbackDto {
  @ApiProperty({ maxLength: 2000, description: '核实的情况' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: '请写明核实的情况' })
  @MaxLength(2000)
  facts: string;

  @ApiProperty({ maxLength: 1000, description: '已启动的服务（如心理疏导、一站式中心）' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: '请写明已启动的服务' })
  @MaxLength(1000)
  serviceStarted: string;
}

export class OpinionStepDto {
  @ApiProperty({ enum: OPINION_LEVELS })
  level: OpinionLevel;

  @ApiProperty()
  regionCode: string;

  @ApiProperty()
  regionName: string;

  @ApiProperty()
  receivedAt: Date;

  @ApiProperty({ nullable: true, type: Date, description: '下发截止时间（乡镇一级为 null，以反馈时限为准）' })
  dueAt: Date | null;

  @ApiProperty({ nullable: true, type: Date })
  acknowledgedAt: Date | null;

  @ApiPropertyOptional()
  acknowledgedByName?: string;

  @ApiProperty({ nullable: true, type: Date })
  handedOnAt: Date | null;

  @ApiPropertyOptional()
  handedOnByName?: string;

  @ApiProperty({ description: '在这一级停留的秒数（至今或至下发）' })
  heldSeconds: number;

  @ApiProperty({ description: '是否超时' })
  missed: boolean;
}

export class OpinionCaseSummaryDto {
  @ApiProperty()
  id: string;

  @ApiProperty()
  regionCode: string;

  @ApiProperty({ enum: SEVERITIES })
  severity: Severity;

  @ApiProperty({ enum: ['open', 'feedback_reported'] })
  status: string;

  @ApiProperty({ enum: OPINION_LEVELS, description: '现在由哪一级办理' })
  currentLevel: OpinionLevel;

  @ApiProperty()
  currentRegionCode: string;

  @ApiProperty()
  startedAt: Date;

  @ApiProperty({ nullable: true, type: Date, description: '当前这一级的下发截止时间' })
  stepDueAt: Date | null;

  @ApiProperty({ description: '2 小时反馈截止时间' })
  feedbackDueAt: Date;

  @ApiProperty({ description: '已有一级超时或反馈超时' })
  overdue: boolean;
}

export class OpinionCasePageDto {
  @ApiProperty({ type: [OpinionCaseSummaryDto] })
  items: OpinionCaseSummaryDto[];

  @ApiProperty()
  total: number;
}

export class OpinionCaseDetailDto extends OpinionCaseSummaryDto {
  @ApiProperty()
  description: string;

  @ApiProperty({ nullable: true, type: String })
  source: string | null;

  @ApiProperty({ nullable: true, type: String })
  feedback: string | null;

  @ApiProperty({ nullable: true, type: Date })
  feedbackAt: Date | null;

  @ApiProperty({ type: [OpinionStepDto], description: '谁办理、办理了多久' })
  steps: OpinionStepDto[];
}
