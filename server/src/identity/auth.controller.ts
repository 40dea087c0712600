import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/http/api-errors.decorator';
import { AccountsService } from './accounts.service';
import { AuthService } from './auth.service';
import { Authenticated, CurrentCadre, Public } from './auth/access.decorators';
import type { Cadre } from './auth/cadre';
import { LoginDto, LoginResultDto, RedeemInvitationDto, RefreshDto, WechatLoginDto } from './dto/auth.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly accounts: AccountsService,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: '浏览器登录：手机号 + 密码（+ 动态码）' })
  @ApiOkResponse({ type: LoginResultDto })
  @ApiErrors(400, 401, 429)
  login(@Body() body: LoginDto): Promise<LoginResultDto> {
    return this.auth.login(body.phone, body.password, body.totp);
  }

  @Post('wechat-login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: '小程序登录：本机微信 + 密码' })
  @ApiOkResponse({ type: LoginResultDto })
  @ApiErrors(400, 401, 429)
  loginWithWechat(@Body() body: WechatLoginDto): Promise<LoginResultDto> {
    return this.auth.loginWithWechat(body.code, body.password);
  }

  @Post('refresh')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: '用 refreshToken 换新令牌（30 分钟无操作或登录满 12 小时后失效）' })
  @ApiOkResponse({ type: LoginResultDto })
  @ApiErrors(400, 401)
  refresh(@Body() body: RefreshDto): Promise<LoginResultDto> {
    return this.auth.refresh(body.refreshToken);
  }

  @Post('logout')
  @Authenticated({ regionBound: false, allowDuringEnrolment: true })
  @HttpCode(204)
  @ApiOperation({ summary: '退出登录' })
  logout(@CurrentCadre() cadre: Cadre): Promise<void> {
    return this.auth.logout(cadre);
  }

  @Post('invitations/redeem')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: '用邀请码激活账号、设置密码（小程序中同时绑定微信），随后即登录' })
  @ApiOkResponse({ type: LoginResultDto })
  @ApiErrors(400, 404, 409, 429)
  redeem(@Body() body: RedeemInvitationDto): Promise<LoginResultDto> {
    return this.accounts.redeemInvitation(body);
  }
}
