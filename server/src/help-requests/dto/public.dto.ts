import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  HELP_CATEGORIES,
  HELP_STATUSES,
  REQUESTER_ROLES,
  URGENCIES,
  type HelpCategory,
  type HelpStatus,
  type RequesterRole,
  type Urgency,
} from '@hulei/shared';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { trim } from '../../common/http/dto-transforms';

export const DESCRIPTION_MAX = 2000;
export const MESSAGE_MAX = 2000;
// People copy a code with the spaces it was shown with.
const digitsOnly = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.replace(/[\s-]/g, '') : value);

export class SubmitHelpRequestDto {
  @ApiProperty({ enum: HELP_CATEGORIES, enumName: 'HelpCategory' })
  @IsIn(HELP_CATEGORIES, { message: '请选择发生了什么' })
  category: HelpCategory;

  @ApiProperty({ maxLength: DESCRIPTION_MAX, description: '用自己的话说一说（最多 2000 字）' })
  @Transform(trim)
  @IsString({ message: '请用文字说一说发生了什么' })
  @MinLength(1, { message: '请说一说发生了什么' })
  @MaxLength(DESCRIPTION_MAX, { message: `最多 ${DESCRIPTION_MAX} 个字` })
  description: string;

  @ApiProperty({ example: '431222114200', description: '所在的村（12 位区划代码）' })
  @Matches(/^\d{12}$/, { message: '请选到村（12 位区划代码）' })
  regionCode: string;

  @ApiPropertyOptional({ enum: URGENCIES, enumName: 'Urgency', default: 'normal' })
  @IsOptional()
  @IsIn(URGENCIES, { message: '请选择紧急或一般' })
  urgency?: Urgency;

  @ApiPropertyOptional({ enum: REQUESTER_ROLES, enumName: 'RequesterRole', default: 'other' })
  @IsOptional()
  @IsIn(REQUESTER_ROLES, { message: '请选择你是谁' })
  requesterRole?: RequesterRole;

  @ApiPropertyOptional({ description: '可不填；留下电话，村妇联会打给你', example: '13900001234' })
  @IsOptional()
  @Transform(trim)
  @Matches(/^(\+?86)?1\d{10}$|^0\d{2,3}-?\d{7,8}$/, { message: '请填写手机号或带区号的座机号' })
  contactPhone?: string;

  @ApiPropertyOptional({ description: '从赶集普法二维码进入时的活动编号' })
  @IsOptional()
  @IsUUID('all', { message: '活动编号格式不正确' })
  marketEventId?: string;
}

export class HelpRequestReceiptDto {
  @ApiProperty({ example: '4821093375126648', description: '16 位回执码：只显示这一次，请记下' })
  receiptCode: string;

  @ApiProperty({ enum: HELP_STATUSES, enumName: 'HelpStatus' })
  status: HelpStatus;

  @ApiProperty()
  createdAt: Date;
}

export class LookupDto {
  @ApiProperty({ example: '4821093375126648' })
  @Transform(digitsOnly)
  @Matches(/^\d{16}$/, { message: '回执码是 16 位数字' })
  receiptCode: string;
}

export class RequesterMessageDto extends LookupDto {
  @ApiProperty({ maxLength: MESSAGE_MAX })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: '请写下要说的话' })
  @MaxLength(MESSAGE_MAX, { message: `最多 ${MESSAGE_MAX} 个字` })
  body: string;
}

export class ConversationMessageDto {
  @ApiProperty({ enum: ['requester', 'cadre'] })
  from: 'requester' | 'cadre';

  @ApiProperty()
  body: string;

  @ApiProperty()
  createdAt: Date;
}

export class LookupResultDto {
  @ApiProperty({ enum: HELP_STATUSES, enumName: 'HelpStatus' })
  status: HelpStatus;

  @ApiProperty({ enum: HELP_CATEGORIES, enumName: 'HelpCategory' })
  category: HelpCategory;

  @ApiProperty()
  createdAt: Date;

  @ApiProperty({ type: [ConversationMessageDto] })
  messages: ConversationMessageDto[];
}
