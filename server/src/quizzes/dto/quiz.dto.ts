import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  QUESTION_TYPES,
  QUIZ_AUDIENCES,
  QUIZ_LENGTH,
  REGION_CODE_PATTERN,
  type QuestionType,
  type QuizAudience,
} from '@hulei/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';

export class StartQuizAttemptDto {
  @ApiProperty({ enum: QUIZ_AUDIENCES, enumName: 'QuizAudience', description: '答题人：哪个年龄段的孩子，或家长' })
  @IsDefined()
  @IsIn(QUIZ_AUDIENCES, { message: '没有这个年龄段的题库' })
  audience: QuizAudience;

  @ApiPropertyOptional({ example: '431222114200', description: '答题人自愿选择的区划（通常是村），用于按地区统计' })
  @IsOptional()
  @Matches(REGION_CODE_PATTERN, { message: '区划代码应为 2、4、6、9 或 12 位数字' })
  regionCode?: string;

  @ApiPropertyOptional({ format: 'uuid', description: '从赶集普法活动页进入时，活动的编号（只用于按活动计数）' })
  @IsOptional()
  @IsUUID(undefined, { message: '活动编号格式不正确' })
  marketEventId?: string;
}

export class QuizOptionDto {
  @ApiProperty({ example: 'A', description: '选项的键；判断题为 T（对）与 F（错）' })
  key: string;

  @ApiProperty({ example: '马上告诉爸爸妈妈或老师' })
  text: string;
}

export class QuizQuestionDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: QUESTION_TYPES, enumName: 'QuestionType' })
  type: QuestionType;

  @ApiProperty({ example: '有人让你保守一个让你害怕的秘密，你应该怎么做？' })
  stem: string;

  @ApiProperty({ type: [QuizOptionDto] })
  options: QuizOptionDto[];
}

export class QuizAttemptDto {
  @ApiProperty({ description: '交卷时用（签名的答卷编号，抽题时不存任何东西）；不与任何人的身份关联' })
  attemptId: string;

  @ApiProperty({ type: [QuizQuestionDto], description: `随机抽取的 ${QUIZ_LENGTH} 道题，不含答案` })
  questions: QuizQuestionDto[];
}

export class QuizAnswerDto {
  @ApiProperty({ format: 'uuid' })
  @IsDefined()
  @IsUUID()
  questionId: string;

  @ApiProperty({ type: [String], example: ['A'], description: '选中的选项键；单选题与判断题只能一个' })
  @IsDefined()
  @IsArray()
  @ArrayMinSize(1, { message: '至少选一个选项' })
  @ArrayMaxSize(8)
  @IsString({ each: true })
  @MaxLength(4, { each: true })
  optionKeys: string[];
}

export class SubmitQuizDto {
  @ApiProperty({ type: [QuizAnswerDto], description: '每道题一个答案；没有作答的题可以不交，按未答对计' })
  @IsDefined()
  @IsArray()
  @ArrayMaxSize(QUIZ_LENGTH)
  @ValidateNested({ each: true })
  @Type(() => QuizAnswerDto)
  answers: QuizAnswerDto[];
}

export class QuizQuestionResultDto {
  @ApiProperty({ format: 'uuid' })
  questionId: string;

  @ApiProperty()
  correct: boolean;

  @ApiProperty({ type: [String], example: ['A', 'C'] })
  correctOptionKeys: string[];

  @ApiProperty({ description: '答对时的肯定与补充，答错时的讲解（只教，不责备）' })
  explanation: string;
}

export class QuizSubmissionResultDto {
  @ApiProperty({ example: 9 })
  score: number;

  @ApiProperty({ example: QUIZ_LENGTH })
  total: number;

  @ApiProperty({ type: [QuizQuestionResultDto], description: '按出题顺序' })
  results: QuizQuestionResultDto[];

  @ApiProperty({ description: '答对 8 题及以上获得“自护小卫士”徽章' })
  badge: boolean;
}

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export class QuizStatsQueryDto {
  @ApiPropertyOptional({ example: '2026-06-01', description: '起始日期（含，北京时间）；默认 29 天前' })
  @IsOptional()
  @Matches(DATE_PATTERN, { message: '日期格式应为 2026-06-01' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-06-30', description: '截止日期（含，北京时间）；默认今天' })
  @IsOptional()
  @Matches(DATE_PATTERN, { message: '日期格式应为 2026-06-30' })
  to?: string;
}

export class QuizAudienceStatsDto {
  @ApiProperty({ enum: QUIZ_AUDIENCES, enumName: 'QuizAudience' })
  audience: QuizAudience;

  @ApiProperty({ example: 40, description: '开始答题的份数' })
  attempts: number;

  @ApiProperty({ example: 36, description: '交卷的份数' })
  completed: number;

  @ApiProperty({ example: 7.4, nullable: true, type: Number, description: '交卷的平均分（满分 10）' })
  averageScore: number | null;
}

export class MissedQuestionDto {
  @ApiProperty({ format: 'uuid' })
  questionId: string;

  @ApiProperty({ enum: QUIZ_AUDIENCES, enumName: 'QuizAudience' })
  audience: QuizAudience;

  @ApiProperty({ example: '有人让你保守一个让你害怕的秘密，你应该怎么做？' })
  stem: string;

  @ApiProperty({ example: 30, description: '作答次数（未答也算）' })
  answered: number;

  @ApiProperty({ example: 12, description: '答错或未答的次数' })
  missed: number;

  @ApiProperty({ example: 0.4, description: '答错率，0–1' })
  missRate: number;
}

export class QuizStatsDto {
  @ApiProperty({ example: '2026-06-01' })
  from: string;

  @ApiProperty({ example: '2026-06-30' })
  to: string;

  @ApiProperty({ example: 120, description: '开始答题的份数' })
  attempts: number;

  @ApiProperty({ example: 104, description: '交卷的份数' })
  completed: number;

  @ApiProperty({ example: 7.8, nullable: true, type: Number, description: '交卷的平均分（满分 10）' })
  averageScore: number | null;

  @ApiProperty({ type: [QuizAudienceStatsDto] })
  byAudience: QuizAudienceStatsDto[];

  @ApiProperty({ type: [MissedQuestionDto], description: '答错率最高的 10 道题：下一步该教什么' })
  mostMissed: MissedQuestionDto[];
}
