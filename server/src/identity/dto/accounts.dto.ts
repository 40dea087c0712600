import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REGION_CODE_PATTERN, ROLES, type Role } from '@hulei/shared';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { PHONE_MESSAGE, PHONE_PATTERN } from './auth.dto';

export class PageQueryDto {
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

export class CreateInvitationDto {
  @ApiProperty({ example: '王秀英' })
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  name: string;

  @ApiProperty({ example: '13900000009' })
  @Matches(PHONE_PATTERN, { message: PHONE_MESSAGE })
  phone: string;

  @ApiProperty({ enum: ROLES, enumName: 'Role' })
  @IsIn(ROLES)
  role: Role;

  @ApiProperty({ example: '431222114255', description: '账号所属区划，级别须与角色一致' })
  @Matches(REGION_CODE_PATTERN, { message: '区划代码应为 2、4、6、9 或 12 位数字' })
  regionCode: string;
}

export class InvitationCreatedDto {
  @ApiProperty()
  id: string;

  @ApiProperty({ description: '8 位邀请码，只显示这一次', example: 'K7M2QX9P' })
  code: string;

  @ApiProperty()
  expiresAt: Date;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: ROLES, enumName: 'Role' })
  role: Role;

  @ApiProperty()
  regionCode: string;
}

export class AccountDto {
  @ApiProperty()
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ example: '138****0001', description: '手机号，中间四位隐藏' })
  phone: string;

  @ApiProperty({ enum: ROLES, enumName: 'Role' })
  role: Role;

  @ApiProperty()
  regionCode: string;

  @ApiProperty({ example: '太平铺村' })
  regionName: string;

  @ApiProperty({ enum: ['active', 'disabled'] })
  status: 'active' | 'disabled';

  @ApiProperty()
  totpEnrolled: boolean;

  @ApiProperty()
  wechatBound: boolean;

  @ApiProperty()
  createdAt: Date;
}

export class AccountPageDto {
  @ApiProperty({ type: [AccountDto] })
  items: AccountDto[];

  @ApiProperty()
  total: number;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @MaxLength(128)
  currentPassword: string;

  @ApiProperty({ description: '至少 8 位，包含字母和数字' })
  @IsString()
  @MaxLength(128)
  newPassword: string;
}

export class TotpEnrolmentDto {
  @ApiProperty({ description: 'Base32 密钥，手动输入到身份验证器' })
  secret: string;

  @ApiProperty({ description: 'otpauth:// 地址，可生成二维码扫码添加' })
  otpauthUri: string;
}

export class ConfirmTotpDto {
  @ApiProperty({ example: '123456' })
  @Matches(/^\d{6}$/, { message: '动态码应为 6 位数字' })
  code: string;
}

export class BindWechatDto {
  @ApiProperty({ description: '小程序 wx.login 得到的 code' })
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  code: string;
}
