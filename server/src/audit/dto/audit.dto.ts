import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type, Transform } from 'class-transformer';
import { IsDate, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { AUDIT_ACTIONS, type AuditAction } from '../audit-event.entity';
import { toDate } from '../../common/http/dto-transforms';

export class AuditQueryDto {
  @ApiPropertyOptional({ enum: AUDIT_ACTIONS })
  @IsOptional()
  @IsIn(AUDIT_ACTIONS)
  action?: AuditAction;

  @ApiPropertyOptional({ description: '只看这个时间之前的（翻页用上一页最后一条的 at）' })
  @IsOptional()
  @Transform(toDate)
  @IsDate()
  before?: Date;

  @ApiPropertyOptional({ default: 50, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

export class AuditEventDto {
  @ApiProperty()
  id: string;

  @ApiProperty()
  at: Date;

  @ApiProperty({ enum: AUDIT_ACTIONS })
  action: AuditAction;

  @ApiProperty({ enum: ['ok', 'denied', 'failed'] })
  outcome: string;

  @ApiProperty({ nullable: true, type: String })
  actorAccountId: string | null;

  @ApiProperty({ nullable: true, type: String })
  actorRole: string | null;

  @ApiProperty({ nullable: true, type: String })
  subjectType: string | null;

  @ApiProperty({ nullable: true, type: String })
  subjectId: string | null;

  @ApiProperty({ nullable: true, type: String })
  regionCode: string | null;

  @ApiProperty({ nullable: true, type: String })
  detail: string | null;
}
