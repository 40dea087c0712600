import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/http/api-errors.decorator';
import { UuidPipe } from '../common/http/uuid.pipe';
import { Authenticated, CurrentCadre } from '../identity/auth/access.decorators';
import type { Cadre } from '../identity/auth/cadre';
import { FEDERATION_ROLES, TOWN_AND_ABOVE } from '../identity/roles';
import { CadreHelpRequestsService } from './cadre-help-requests.service';
import {
  ChangeStatusDto,
  CloseDto,
  CloseResultDto,
  ClosureReviewDto,
  EraseDto,
  HelpRequestDetailDto,
  InboxPageDto,
  InboxQueryDto,
  RecordPoliceReportDto,
  ReferralDto,
  ReplyDto,
} from './dto/cadre.dto';

@ApiTags('cadre help requests')
@Authenticated({ roles: FEDERATION_ROLES, regionBound: true })
@Controller('cadre/help-requests')
export class CadreHelpRequestsController {
  constructor(private readonly help: CadreHelpRequestsService) {}

  @Get()
  @ApiOperation({ summary: '管辖范围内的求助，新的在前' })
  @ApiOkResponse({ type: InboxPageDto })
  @ApiErrors(400, 403)
  inbox(@CurrentCadre() cadre: Cadre, @Query() query: InboxQueryDto): Promise<InboxPageDto> {
    return this.help.inbox(cadre, query);
  }

  @Get(':id')
  @ApiOperation({ summary: '求助详情（解密；每次查看都记入审计）' })
  @ApiOkResponse({ type: HelpRequestDetailDto })
  @ApiErrors(400, 404)
  detail(@CurrentCadre() cadre: Cadre, @Param('id', UuidPipe) id: string): Promise<HelpRequestDetailDto> {
    return this.help.detail(cadre, id);
  }

  @Post(':id/acknowledge')
  @HttpCode(200)
  @ApiOperation({ summary: '受理' })
  @ApiOkResponse({ type: HelpRequestDetailDto })
  @ApiErrors(404, 409)
  acknowledge(@CurrentCadre() cadre: Cadre, @Param('id', UuidPipe) id: string): Promise<HelpRequestDetailDto> {
    return this.help.acknowledge(cadre, id);
  }

  @Post(':id/messages')
  @HttpCode(201)
  @ApiOperation({ summary: '回复求助者（对方用回执码可见）' })
  @ApiErrors(400, 404, 409)
  reply(@CurrentCadre() cadre: Cadre, @Param('id', UuidPipe) id: string, @Body() body: ReplyDto): Promise<void> {
    return this.help.reply(cadre, id, body.body);
  }

  @Post(':id/status')
  @HttpCode(200)
  @ApiOperation({ summary: '改为处理中或已解决' })
  @ApiOkResponse({ type: HelpRequestDetailDto })
  @ApiErrors(400, 404, 409)
  changeStatus(
    @CurrentCadre() cadre: Cadre,
    @Param('id', UuidPipe) id: string,
    @Body() body: ChangeStatusDto,
  ): Promise<HelpRequestDetailDto> {
    return this.help.changeStatus(cadre, id, body);
  }

  @Post(':id/referrals')
  @HttpCode(200)
  @ApiOperation({ summary: '转介给公安、检察、卫健、一站式中心等' })
  @ApiOkResponse({ type: HelpRequestDetailDto })
  @ApiErrors(400, 404, 409)
  refer(
    @CurrentCadre() cadre: Cadre,
    @Param('id', UuidPipe) id: string,
    @Body() body: ReferralDto,
  ): Promise<HelpRequestDetailDto> {
    return this.help.refer(cadre, id, body);
  }

  @Post(':id/police-report')
  @HttpCode(200)
  @ApiOperation({ summary: '记录强制报告（向哪个派出所、何时报告、回执编号）' })
  @ApiOkResponse({ type: HelpRequestDetailDto })
  @ApiErrors(400, 404, 409)
  policeReport(
    @CurrentCadre() cadre: Cadre,
    @Param('id', UuidPipe) id: string,
    @Body() body: RecordPoliceReportDto,
  ): Promise<HelpRequestDetailDto> {
    return this.help.recordPoliceReport(cadre, id, body);
  }

  @Post(':id/close')
  @HttpCode(200)
  @ApiOperation({ summary: '结案；性侵害类未做强制报告时须写明理由，村级申请由乡镇审核' })
  @ApiOkResponse({ type: CloseResultDto })
  @ApiErrors(400, 404, 409)
  close(
    @CurrentCadre() cadre: Cadre,
    @Param('id', UuidPipe) id: string,
    @Body() body: CloseDto,
  ): Promise<CloseResultDto> {
    return this.help.close(cadre, id, body.reason);
  }

  @Post(':id/erase')
  @Authenticated({ roles: TOWN_AND_ABOVE, regionBound: true })
  @HttpCode(200)
  @ApiOperation({ summary: '删除这条求助的文字内容（应求助者申请或乡镇决定；统计数字保留）' })
  @ApiOkResponse({ type: HelpRequestDetailDto })
  @ApiErrors(400, 403, 404, 409)
  erase(
    @CurrentCadre() cadre: Cadre,
    @Param('id', UuidPipe) id: string,
    @Body() body: EraseDto,
  ): Promise<HelpRequestDetailDto> {
    return this.help.erase(cadre, id, body.reason);
  }

  @Post(':id/closure-review')
  @Authenticated({ roles: TOWN_AND_ABOVE, regionBound: true })
  @HttpCode(200)
  @ApiOperation({ summary: '乡镇及以上审核村级的结案申请' })
  @ApiOkResponse({ type: CloseResultDto })
  @ApiErrors(400, 403, 404, 409)
  reviewClosure(
    @CurrentCadre() cadre: Cadre,
    @Param('id', UuidPipe) id: string,
    @Body() body: ClosureReviewDto,
  ): Promise<CloseResultDto> {
    return this.help.reviewClosure(cadre, id, body);
  }
}
