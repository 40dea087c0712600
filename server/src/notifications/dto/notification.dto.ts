import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';
import { NOTIFICATION_KINDS, type NotificationKind } from '../notification.entity';

export class NotificationDto {
  @ApiProperty()
  id: string;

  @ApiProperty({ enum: NOTIFICATION_KINDS })
  kind: NotificationKind;

  @ApiProperty({ example: '您有一条新的求助，请及时处理' })
  text: string;

  @ApiProperty({ enum: ['pending', 'sending', 'sent', 'failed', 'undeliverable'] })
  state: string;

  @ApiProperty({ enum: ['wechat', 'sms'], nullable: true, type: String })
  channel: string | null;

  @ApiProperty()
  attempts: number;

  @ApiProperty({ nullable: true, type: String, description: '最后一次失败的原因代码' })
  lastError: string | null;

  @ApiProperty()
  regionCode: string;

  @ApiProperty()
  createdAt: Date;

  @ApiProperty({ nullable: true, type: Date })
  sentAt: Date | null;

  @ApiPropertyOptional({ description: '收件干部（仅在下级投递失败列表中）' })
  accountName?: string;
}

export class NotificationPageDto {
  @ApiProperty({ type: [NotificationDto] })
  items: NotificationDto[];

  @ApiProperty()
  total: number;
}

export class SubscribeDto {
  @ApiProperty({ description: 'wx.requestSubscribeMessage 中同意的一次性订阅条数', minimum: 0, maximum: 20 })
  @IsInt()
  @Min(0)
  @Max(20)
  accepted: number;

  @ApiPropertyOptional({ description: '同意了长期订阅（政务类小程序）' })
  @IsOptional()
  @IsBoolean()
  longTerm?: boolean;
}

export class SubscriptionDto {
  @ApiProperty()
  oneTimeRemaining: number;

  @ApiProperty()
  longTerm: boolean;
}
