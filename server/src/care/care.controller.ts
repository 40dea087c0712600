import { Body, Controller, Get, Header, HttpCode, Param, Patch, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/http/api-errors.decorator';
import { UuidPipe } from '../common/http/uuid.pipe';
import { Authenticated, CurrentCadre } from '../identity/auth/access.decorators';
import type { Cadre } from '../identity/auth/cadre';
import { COUNTY_AND_ABOVE, FEDERATION_ROLES } from '../identity/roles';
import { CareLedgerService } from './care.service';
import {
  AddFollowUpDto,
  AddServiceDto,
  CareRecordDetailDto,
  CareRecordPageDto,
  CareRecordQueryDto,
  CloseCareRecordDto,
  CreateCareRecordDto,
  ExportQueryDto,
  FollowUpPlanDetailDto,
  FollowUpPlanDto,
  PairHelpersDto,
  UpdateCareRecordDto,
} from './dto/care.dto';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The ledger itself: the federation only. */
@ApiTags('care')
@Authenticated({ roles: FEDERATION_ROLES, regionBound: true })
@Controller('cadre/care/records')
export class CareRecordsController {
  constructor(private readonly care: CareLedgerService) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: '建立重点关爱台账（可从求助或敲门走访建立）' })
  @ApiCreatedResponse({ type: CareRecordDetailDto })
  @ApiErrors(400, 404)
  create(@CurrentCadre() cadre: Cadre, @Body() body: CreateCareRecordDto): Promise<CareRecordDetailDto> {
    return this.care.create(cadre, body);
  }

  @Get()
  @ApiOperation({ summary: '管辖范围内的台账，新的在前；可只看回访逾期的（查看记入审计）' })
  @ApiOkResponse({ type: CareRecordPageDto })
  @ApiErrors(400)
  list(@CurrentCadre() cadre: Cadre, @Query() query: CareRecordQueryDto): Promise<CareRecordPageDto> {
    return this.care.list(cadre, query);
  }

  @Get('export')
  @Authenticated({ roles: COUNTY_AND_ABOVE, regionBound: true })
  @Header('Content-Type', XLSX_TYPE)
  @Header(
    'Content-Disposition',
    "attachment; filename*=UTF-8''%E9%87%8D%E7%82%B9%E5%85%B3%E7%88%B1%E5%8F%B0%E8%B4%A6.xlsx",
  )
  @ApiProduces(XLSX_TYPE)
  @ApiOperation({ summary: '导出台账（Excel；仅县级及以上，记入审计）' })
  @ApiOkResponse({ description: 'Excel 文件' })
  @ApiErrors(400, 403, 404)
  async export(@CurrentCadre() cadre: Cadre, @Query() query: ExportQueryDto): Promise<StreamableFile> {
    return new StreamableFile(await this.care.export(cadre, query.regionCode));
  }

  @Get(':id')
  @ApiOperation({ summary: '台账详情（解密；每次查看都记入审计）' })
  @ApiOkResponse({ type: CareRecordDetailDto })
  @ApiErrors(400, 404)
  detail(@CurrentCadre() cadre: Cadre, @Param('id', UuidPipe) id: string): Promise<CareRecordDetailDto> {
    return this.care.detail(cadre, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: '更新类别、风险等级、监护情况、学校、工作记录' })
  @ApiOkResponse({ type: CareRecordDetailDto })
  @ApiErrors(400, 404, 409)
  update(
    @CurrentCadre() cadre: Cadre,
    @Param('id', UuidPipe) id: string,
    @Body() body: UpdateCareRecordDto,
  ): Promise<CareRecordDetailDto> {
    return this.care.update(cadre, id, body);
  }

  @Post(':id/services')
  @HttpCode(201)
  @ApiOperation({ summary: '记录一项服务：五位一体或儿童服务站心理辅导' })
  @ApiCreatedResponse({ type: CareRecordDetailDto })
  @ApiErrors(400, 404, 409)
  addService(
    @CurrentCadre() cadre: Cadre,
    @Param('id', UuidPipe) id: string,
    @Body() body: AddServiceDto,
  ): Promise<CareRecordDetailDto> {
    return this.care.addService(cadre, id, body);
  }

  @Post(':id/pairings')
  @HttpCode(201)
  @ApiOperation({ summary: '结对帮扶：一对一或多对一，默认每月至少回访一次' })
  @ApiCreatedResponse({ type: CareRecordDetailDto })
  @ApiErrors(400, 404, 409)
  pair(
    @CurrentCadre() cadre: Cadre,
    @Param('id', UuidPipe) id: string,
    @Body() body: PairHelpersDto,
  ): Promise<CareRecordDetailDto> {
    return this.care.pair(cadre, id, body);
  }

  @Post(':id/pairings/:pairingId/end')
  @HttpCode(200)
  @ApiOperation({ summary: '结束一位帮扶人的结对' })
  @ApiOkResponse({ type: CareRecordDetailDto })
  @ApiErrors(400, 404)
  endPairing(
    @CurrentCadre() cadre: Cadre,
    @Param('id', UuidPipe) id: string,
    @Param('pairingId', UuidPipe) pairingId: string,
  ): Promise<CareRecordDetailDto> {
    return this.care.endPairing(cadre, id, pairingId);
  }

  @Post(':id/close')
  @HttpCode(200)
  @ApiOperation({ summary: '结案：结对随之结束；保存期满后姓名等信息删除，只留匿名统计' })
  @ApiOkResponse({ type: CareRecordDetailDto })
  @ApiErrors(400, 404, 409)
  close(
    @CurrentCadre() cadre: Cadre,
    @Param('id', UuidPipe) id: string,
    @Body() body: CloseCareRecordDto,
  ): Promise<CareRecordDetailDto> {
    return this.care.close(cadre, id, body.reason);
  }
}

/** 我的结对儿童: a volunteer sees her paired children's plan and notes; the federation sees its jurisdiction's. */
@ApiTags('care')
@Authenticated({ roles: [...FEDERATION_ROLES, 'volunteer'], regionBound: true })
@Controller('cadre/care/follow-up-plans')
export class FollowUpPlansController {
  constructor(private readonly care: CareLedgerService) {}

  @Get()
  @ApiOperation({ summary: '结对儿童的回访计划（志愿者只看到自己结对的儿童）' })
  @ApiOkResponse({ type: [FollowUpPlanDto] })
  plans(@CurrentCadre() cadre: Cadre): Promise<FollowUpPlanDto[]> {
    return this.care.followUpPlans(cadre);
  }

  @Get(':recordId')
  @ApiOperation({ summary: '一名结对儿童的回访计划和回访记录' })
  @ApiOkResponse({ type: FollowUpPlanDetailDto })
  @ApiErrors(400, 404)
  plan(@CurrentCadre() cadre: Cadre, @Param('recordId', UuidPipe) recordId: string): Promise<FollowUpPlanDetailDto> {
    return this.care.followUpPlan(cadre, recordId);
  }

  @Post(':recordId/notes')
  @HttpCode(201)
  @ApiOperation({ summary: '记录一次回访' })
  @ApiCreatedResponse({ type: FollowUpPlanDetailDto })
  @ApiErrors(400, 404, 409)
  addNote(
    @CurrentCadre() cadre: Cadre,
    @Param('recordId', UuidPipe) recordId: string,
    @Body() body: AddFollowUpDto,
  ): Promise<FollowUpPlanDetailDto> {
    return this.care.addFollowUp(cadre, recordId, body);
  }
}
