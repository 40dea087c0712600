import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/http/api-errors.decorator';
import { UuidPipe } from '../common/http/uuid.pipe';
import { Authenticated, CurrentCadre } from '../identity/auth/access.decorators';
import type { Cadre } from '../identity/auth/cadre';
import { PageQueryDto } from '../identity/dto/accounts.dto';
import { FEDERATION_ROLES } from '../identity/roles';
import { CreateOpinionCaseDto, FeedbackDto, OpinionCaseDetailDto, OpinionCasePageDto } from './dto/opinion.dto';
import { PublicOpinionService } from './public-opinion.service';

@ApiTags('public opinion (2112)')
@Authenticated({ roles: FEDERATION_ROLES, regionBound: true })
@Controller('opinion-cases')
export class PublicOpinionController {
  constructor(private readonly opinion: PublicOpinionService) {}

  @Post()
  @Authenticated({ roles: ['federation_province', 'federation_city'], regionBound: true })
  @ApiOperation({ summary: '省、市妇联登记舆情，开始"2112"逐级下发计时' })
  @ApiCreatedResponse({ type: OpinionCaseDetailDto })
  @ApiErrors(400, 403, 404)
  register(@CurrentCadre() cadre: Cadre, @Body() body: CreateOpinionCaseDto): Promise<OpinionCaseDetailDto> {
    return this.opinion.register(cadre, body);
  }

  @Get()
  @ApiOperation({ summary: '管辖范围内的舆情事项，含各级倒计时' })
  @ApiOkResponse({ type: OpinionCasePageDto })
  list(@CurrentCadre() cadre: Cadre, @Query() query: PageQueryDto): Promise<OpinionCasePageDto> {
    return this.opinion.list(cadre, query.page ?? 1, query.pageSize ?? 20);
  }

  @Get(':id')
  @ApiOperation({ summary: '舆情事项详情：每一级谁办理、办理了多久' })
  @ApiOkResponse({ type: OpinionCaseDetailDto })
  @ApiErrors(400, 404)
  detail(@CurrentCadre() cadre: Cadre, @Param('id', UuidPipe) id: string): Promise<OpinionCaseDetailDto> {
    return this.opinion.detail(cadre, id);
  }

  @Post(':id/acknowledge')
  @HttpCode(200)
  @ApiOperation({ summary: '本级受理' })
  @ApiOkResponse({ type: OpinionCaseDetailDto })
  @ApiErrors(403, 404, 409)
  acknowledge(@CurrentCadre() cadre: Cadre, @Param('id', UuidPipe) id: string): Promise<OpinionCaseDetailDto> {
    return this.opinion.acknowledge(cadre, id);
  }

  @Post(':id/hand-on')
  @HttpCode(200)
  @ApiOperation({ summary: '下发给下一级（市→县→乡镇）' })
  @ApiOkResponse({ type: OpinionCaseDetailDto })
  @ApiErrors(403, 404, 409)
  handOn(@CurrentCadre() cadre: Cadre, @Param('id', UuidPipe) id: string): Promise<OpinionCaseDetailDto> {
    return this.opinion.handOn(cadre, id);
  }

  @Post(':id/feedback')
  @HttpCode(200)
  @ApiOperation({ summary: '乡镇反馈核实情况和已启动的服务（2 小时内）' })
  @ApiOkResponse({ type: OpinionCaseDetailDto })
  @ApiErrors(400, 403, 404, 409)
  feedback(
    @CurrentCadre() cadre: Cadre,
    @Param('id', UuidPipe) id: string,
    @Body() body: FeedbackDto,
  ): Promise<OpinionCaseDetailDto> {
    return this.opinion.reportFeedback(cadre, id, body);
  }
}
