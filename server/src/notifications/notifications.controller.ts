import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/http/api-errors.decorator';
import { Authenticated, CurrentCadre } from '../identity/auth/access.decorators';
import type { Cadre } from '../identity/auth/cadre';
import { PageQueryDto } from '../identity/dto/accounts.dto';
import { FEDERATION_ROLES, TOWN_AND_ABOVE } from '../identity/roles';
import { NotificationDto, NotificationPageDto, SubscribeDto, SubscriptionDto } from './dto/notification.dto';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get('mine')
  @Authenticated({ roles: FEDERATION_ROLES, regionBound: false })
  @ApiOperation({ summary: '我的提醒记录（是否送达、通过哪个渠道）' })
  @ApiOkResponse({ type: NotificationPageDto })
  mine(@CurrentCadre() cadre: Cadre, @Query() query: PageQueryDto): Promise<NotificationPageDto> {
    return this.notifications.mine(cadre, query.page ?? 1, query.pageSize ?? 20);
  }

  @Get('failures')
  @Authenticated({ roles: TOWN_AND_ABOVE, regionBound: true })
  @ApiOperation({ summary: '下级干部没有收到的提醒（请电话联系）' })
  @ApiOkResponse({ type: [NotificationDto] })
  @ApiErrors(403)
  failures(@CurrentCadre() cadre: Cadre): Promise<NotificationDto[]> {
    return this.notifications.failuresBelow(cadre);
  }

  @Post('subscription')
  @Authenticated({ roles: FEDERATION_ROLES, regionBound: false })
  @HttpCode(200)
  @ApiOperation({ summary: '记录在小程序中同意接收的订阅消息' })
  @ApiOkResponse({ type: SubscriptionDto })
  @ApiErrors(400)
  subscribe(@CurrentCadre() cadre: Cadre, @Body() body: SubscribeDto): Promise<SubscriptionDto> {
    return this.notifications.subscribe(cadre, body.accepted, body.longTerm ?? false);
  }
}
