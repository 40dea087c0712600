import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type Role } from '@hulei/shared';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

export const PHONE_PATTERN = /^1\d{10}$/;
export const PHONE_MESSAGE = '手机号应为 11 位数字';

export class LoginDto {
  @ApiProperty({ example: '13800000001' })
  @Matches(PHONE_PATTERN, { message: PHONE_MESSAGE })
  phone: string;

  @ApiProperty({ example: 'Hulei@2026' })
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  password: string;

  @ApiPropertyOptional({ description: '身份验证器上的 6 位动态码（县级及以上绑定后必填）', example: '123456' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: '动态码应为 6 位数字' })
  totp?: string;
}

export class WechatLoginDto {
  @ApiProperty({ description: '小程序 wx.login 得到的 code' })
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  code: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  password: string;
}

export class RefreshDto {
  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  refreshToken: string;
}

export class LoginUserDto {
  @ApiProperty()
  id: string;

  @ApiProperty({ example: '太平铺村妇联主席' })
  name: string;

  @ApiProperty({ enum: ROLES, enumName: 'Role' })
  role: Role;

  @ApiProperty({ example: '431222114200' })
  regionCode: string;
}

export class LoginResultDto {
  @ApiProperty({ description: 'Bearer 令牌，15 分钟有效' })
  accessToken: string;

  @ApiProperty({ example: 900 })
  expiresIn: number;

  @ApiProperty({ description: '用于 /api/auth/refresh 换取新令牌；每次使用后更换' })
  refreshToken: string;

  @ApiProperty({ description: '为 true 时须先绑定身份验证器，其他功能暂不可用' })
  totpEnrolmentRequired: boolean;

  @ApiProperty({ type: LoginUserDto })
  user: LoginUserDto;
}

export class RedeemInvitationDto {
  @ApiProperty({ description: '8 位邀请码', example: 'K7M2QX9P' })
  @Matches(/^[A-Za-z2-9]{8}$/, { message: '邀请码应为 8 位字母或数字' })
  code: string;

  @ApiProperty({ description: '新密码：至少 8 位，包含字母和数字' })
  @IsString()
  @MaxLength(128)
  password: string;

  @ApiPropertyOptional({ description: '在小程序中激活时，wx.login 得到的 code，用于绑定微信' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  wechatCode?: string;
}
