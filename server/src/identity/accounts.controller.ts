import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/http/api-errors.decorator';
import { UuidPipe } from '../common/http/uuid.pipe';
import { AccountsService } from './accounts.service';
import { Authenticated, CurrentCadre } from './auth/access.decorators';
import type { Cadre } from './auth/cadre';
import {
  AccountDto,
  AccountPageDto,
  BindWechatDto,
  ChangePasswordDto,
  ConfirmTotpDto,
  CreateInvitationDto,
  InvitationCreatedDto,
  PageQueryDto,
  TotpEnrolmentDto,
} from './dto/accounts.dto';
import { FEDERATION_ROLES } from './roles';

@ApiTags('identity')
@Controller('identity')
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Get('me')
  @Authenticated({ regionBound: false, allowDuringEnrolment: true })
  @ApiOperation({ summary: '我的账号' })
  @ApiOkResponse({ type: AccountDto })
  me(@CurrentCadre() cadre: Cadre): Promise<AccountDto> {
    return this.accounts.me(cadre);
  }

  @Post('me/password')
  @Authenticated({ regionBound: false, allowDuringEnrolment: true })
  @HttpCode(204)
  @ApiOperation({ summary: '修改密码：所有登录随即失效，需重新登录' })
  @ApiNoContentResponse()
  @ApiErrors(400)
  changePassword(@CurrentCadre() cadre: Cadre, @Body() body: ChangePasswordDto): Promise<void> {
    return this.accounts.changePassword(cadre, body.currentPassword, body.newPassword);
  }

  @Post('me/totp')
  @Authenticated({ regionBound: false, allowDuringEnrolment: true })
  @HttpCode(200)
  @ApiOperation({ summary: '开始绑定身份验证器：返回密钥' })
  @ApiOkResponse({ type: TotpEnrolmentDto })
  @ApiErrors(409)
  startTotp(@CurrentCadre() cadre: Cadre): Promise<TotpEnrolmentDto> {
    return this.accounts.startTotpEnrolment(cadre);
  }

  @Post('me/totp/confirm')
  @Authenticated({ regionBound: false, allowDuringEnrolment: true })
  @HttpCode(204)
  @ApiOperation({ summary: '输入身份验证器上的动态码，完成绑定' })
  @ApiErrors(400, 409)
  confirmTotp(@CurrentCadre() cadre: Cadre, @Body() body: ConfirmTotpDto): Promise<void> {
    return this.accounts.confirmTotp(cadre, body.code);
  }

  @Post('me/wechat')
  @Authenticated({ regionBound: false })
  @HttpCode(200)
  @ApiOperation({ summary: '绑定本机微信，之后在小程序中用微信 + 密码登录' })
  @ApiOkResponse({ type: AccountDto })
  @ApiErrors(400, 409)
  bindWechat(@CurrentCadre() cadre: Cadre, @Body() body: BindWechatDto): Promise<AccountDto> {
    return this.accounts.bindWechat(cadre, body.code);
  }

  @Get('accounts')
  @Authenticated({ roles: FEDERATION_ROLES, regionBound: true })
  @ApiOperation({ summary: '管辖范围内的账号' })
  @ApiOkResponse({ type: AccountPageDto })
  @ApiErrors(400, 403)
  list(@CurrentCadre() cadre: Cadre, @Query() query: PageQueryDto): Promise<AccountPageDto> {
    return this.accounts.listAccounts(cadre, query.page ?? 1, query.pageSize ?? 20);
  }

  @Get('accounts/:id')
  @Authenticated({ roles: FEDERATION_ROLES, regionBound: true })
  @ApiOperation({ summary: '一个账号（管辖范围外为 404）' })
  @ApiOkResponse({ type: AccountDto })
  @ApiErrors(400, 404)
  get(@CurrentCadre() cadre: Cadre, @Param('id', UuidPipe) id: string): Promise<AccountDto> {
    return this.accounts.getAccount(cadre, id);
  }

  @Post('accounts/:id/disable')
  @Authenticated({ roles: FEDERATION_ROLES, regionBound: true })
  @HttpCode(200)
  @ApiOperation({ summary: '停用账号：其登录立即失效' })
  @ApiOkResponse({ type: AccountDto })
  @ApiErrors(403, 404)
  disable(@CurrentCadre() cadre: Cadre, @Param('id', UuidPipe) id: string): Promise<AccountDto> {
    return this.accounts.setStatus(cadre, id, 'disabled');
  }

  @Post('accounts/:id/enable')
  @Authenticated({ roles: FEDERATION_ROLES, regionBound: true })
  @HttpCode(200)
  @ApiOperation({ summary: '重新启用账号' })
  @ApiOkResponse({ type: AccountDto })
  @ApiErrors(403, 404)
  enable(@CurrentCadre() cadre: Cadre, @Param('id', UuidPipe) id: string): Promise<AccountDto> {
    return this.accounts.setStatus(cadre, id, 'active');
  }

  @Post('invitations')
  @Authenticated({ roles: FEDERATION_ROLES, regionBound: true })
  @ApiOperation({ summary: '为下级发放一次性邀请码（7 天内有效）' })
  @ApiCreatedResponse({ type: InvitationCreatedDto })
  @ApiErrors(400, 403, 404, 409)
  invite(@CurrentCadre() cadre: Cadre, @Body() body: CreateInvitationDto): Promise<InvitationCreatedDto> {
    return this.accounts.createInvitation(cadre, body);
  }
}
