import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  Param,
  ParseIntPipe,
  Post,
  Put,
  Query,
  Req,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { ApiErrors } from '../common/http/api-errors.decorator';
import { ApiIdempotencyKey, RawIdempotencyKey } from '../common/http/idempotency-key.decorator';
import { RegionCodePipe } from '../common/http/region-code.pipe';
import { UuidPipe } from '../common/http/uuid.pipe';
import { Authenticated, CurrentCadre } from '../identity/auth/access.decorators';
import type { Cadre } from '../identity/auth/cadre';
import { COUNTY_AND_ABOVE, FEDERATION_ROLES } from '../identity/roles';
import {
  AssignGridWorkerDto,
  CampaignDatesDto,
  CampaignDto,
  CoverageDto,
  CoverageQueryDto,
  CreateGridDto,
  CreateHouseholdDto,
  GridDto,
  HarmCaseDto,
  HouseholdDetailDto,
  HouseholdPageDto,
  HouseholdQueryDto,
  ImportResultDto,
  RecordVisitDto,
  UnvisitedQueryDto,
  VisitResultDto,
} from './dto/screening.dto';
import { ScreeningService } from './screening.service';
import { readUpload, XLSX_TYPE } from './upload';

/** Who takes part in 敲门行动: the federation at every level and the village's grid workers. */
export const SCREENING_ROLES = [...FEDERATION_ROLES, 'grid_worker'] as const;
const UPLOAD_LIMIT_BYTES = 10 * 1024 * 1024;

@ApiTags('screening')
@Authenticated({ roles: SCREENING_ROLES, regionBound: true })
@Controller('cadre/screening')
export class ScreeningController {
  constructor(private readonly screening: ScreeningService) {}

  @Get('household-template')
  @Authenticated({ roles: FEDERATION_ROLES, regionBound: false })
  @Header('Content-Type', XLSX_TYPE)
  @Header(
    'Content-Disposition',
    "attachment; filename*=UTF-8''%E6%88%B7%E7%B1%8D%E5%90%8D%E5%8D%95%E6%A8%A1%E6%9D%BF.xlsx",
  )
  @ApiProduces(XLSX_TYPE)
  @ApiOperation({ summary: '下载户籍名单导入模板（.xlsx，含填写说明）' })
  @ApiOkResponse({ description: 'Excel 模板' })
  async template(): Promise<StreamableFile> {
    return new StreamableFile(await this.screening.template());
  }

  @Post('villages/:villageCode/households/import')
  @Authenticated({ roles: FEDERATION_ROLES, regionBound: true })
  @HttpCode(201)
  @ApiConsumes(XLSX_TYPE)
  @ApiBody({ description: '按模板填写的 .xlsx 文件（请求体即文件内容）' })
  @ApiOperation({ summary: '导入一个村的户籍名单：整张表要么全部导入，要么一户也不导入（逐行报错）' })
  @ApiCreatedResponse({ type: ImportResultDto })
  @ApiErrors(400, 404, 409, 413)
  importHouseholds(
    @CurrentCadre() cadre: Cadre,
    @Param('villageCode', RegionCodePipe) villageCode: string,
    @Req() request: Request,
  ): Promise<ImportResultDto> {
    return this.screening.importHouseholds(cadre, villageCode, () => readUpload(request, UPLOAD_LIMIT_BYTES));
  }

  @Post('villages/:villageCode/households')
  @Authenticated({ roles: FEDERATION_ROLES, regionBound: true })
  @HttpCode(201)
  @ApiOperation({ summary: '手工添加一户' })
  @ApiCreatedResponse({ type: HouseholdDetailDto })
  @ApiErrors(400, 404, 409)
  addHousehold(
    @CurrentCadre() cadre: Cadre,
    @Param('villageCode', RegionCodePipe) villageCode: string,
    @Body() body: CreateHouseholdDto,
  ): Promise<HouseholdDetailDto> {
    return this.screening.addHousehold(cadre, villageCode, body);
  }

  @Get('villages/:villageCode/households')
  @ApiOperation({ summary: '村里的户（网格员只看到自己网格的户），可按本次活动已走访/未走访筛选' })
  @ApiOkResponse({ type: HouseholdPageDto })
  @ApiErrors(400, 404)
  listHouseholds(
    @CurrentCadre() cadre: Cadre,
    @Param('villageCode', RegionCodePipe) villageCode: string,
    @Query() query: HouseholdQueryDto,
  ): Promise<HouseholdPageDto> {
    return this.screening.listHouseholds(cadre, villageCode, query);
  }

  @Get('households/:id')
  @ApiOperation({ summary: '一户的详情：儿童、历次走访（每次查看都记入审计）' })
  @ApiOkResponse({ type: HouseholdDetailDto })
  @ApiErrors(400, 404)
  household(@CurrentCadre() cadre: Cadre, @Param('id', UuidPipe) id: string): Promise<HouseholdDetailDto> {
    return this.screening.householdDetail(cadre, id);
  }

  @Get('unvisited')
  @ApiOperation({ summary: '零遗留：本次活动还没走访的户' })
  @ApiOkResponse({ type: HouseholdPageDto })
  @ApiErrors(400, 404)
  unvisited(@CurrentCadre() cadre: Cadre, @Query() query: UnvisitedQueryDto): Promise<HouseholdPageDto> {
    return this.screening.unvisited(cadre, query);
  }

  @Post('villages/:villageCode/grids')
  @Authenticated({ roles: FEDERATION_ROLES, regionBound: true })
  @HttpCode(201)
  @ApiOperation({ summary: '新建网格' })
  @ApiCreatedResponse({ type: GridDto })
  @ApiErrors(400, 404, 409)
  createGrid(
    @CurrentCadre() cadre: Cadre,
    @Param('villageCode', RegionCodePipe) villageCode: string,
    @Body() body: CreateGridDto,
  ): Promise<GridDto> {
    return this.screening.createGrid(cadre, villageCode, body.name);
  }

  @Get('villages/:villageCode/grids')
  @ApiOperation({ summary: '村里的网格和网格员' })
  @ApiOkResponse({ type: [GridDto] })
  @ApiErrors(400, 404)
  grids(@CurrentCadre() cadre: Cadre, @Param('villageCode', RegionCodePipe) villageCode: string): Promise<GridDto[]> {
    return this.screening.listGrids(cadre, villageCode);
  }

  @Post('grids/:gridId/workers')
  @Authenticated({ roles: FEDERATION_ROLES, regionBound: true })
  @HttpCode(200)
  @ApiOperation({ summary: '指派网格员' })
  @ApiOkResponse({ type: GridDto })
  @ApiErrors(400, 404)
  assignWorker(
    @CurrentCadre() cadre: Cadre,
    @Param('gridId', UuidPipe) gridId: string,
    @Body() body: AssignGridWorkerDto,
  ): Promise<GridDto> {
    return this.screening.assignWorker(cadre, gridId, body.accountId);
  }

  @Delete('grids/:gridId/workers/:accountId')
  @Authenticated({ roles: FEDERATION_ROLES, regionBound: true })
  @HttpCode(204)
  @ApiOperation({ summary: '取消网格员的指派' })
  @ApiErrors(400, 404)
  unassignWorker(
    @CurrentCadre() cadre: Cadre,
    @Param('gridId', UuidPipe) gridId: string,
    @Param('accountId', UuidPipe) accountId: string,
  ): Promise<void> {
    return this.screening.unassignWorker(cadre, gridId, accountId);
  }

  @Post('visits')
  @HttpCode(201)
  @ApiIdempotencyKey()
  @ApiOperation({
    summary: '登记一次敲门走访（六看六问 12 项）；离线保存后同步，重试用同一个 Idempotency-Key',
    description: '第 1 项有问题时可带 harmCase：同时建立求助（来源：走访）并记录强制报告。',
  })
  @ApiCreatedResponse({ type: VisitResultDto })
  @ApiErrors(400, 403, 404, 422)
  recordVisit(
    @CurrentCadre() cadre: Cadre,
    @Body() body: RecordVisitDto,
    @RawIdempotencyKey() key: string | undefined,
  ): Promise<VisitResultDto> {
    return this.screening.recordVisit(cadre, body, key);
  }

  @Post('visits/:id/harm-case')
  @HttpCode(200)
  @ApiOperation({ summary: '为已同步的走访建立求助并记录强制报告（已建立过则不重复建立）' })
  @ApiOkResponse({ type: VisitResultDto })
  @ApiErrors(400, 403, 404, 409)
  harmCase(
    @CurrentCadre() cadre: Cadre,
    @Param('id', UuidPipe) id: string,
    @Body() body: HarmCaseDto,
  ): Promise<VisitResultDto> {
    return this.screening.openHarmCase(cadre, id, body);
  }

  @Get('coverage')
  @ApiOperation({ summary: '走访覆盖：已走访/总户数、下一级明细、各项问题户数、活动阶段' })
  @ApiOkResponse({ type: CoverageDto })
  @ApiErrors(400, 404)
  coverage(@CurrentCadre() cadre: Cadre, @Query() query: CoverageQueryDto): Promise<CoverageDto> {
    return this.screening.coverage(cadre, query);
  }

  @Put('campaigns/:countyCode/:year')
  @Authenticated({ roles: COUNTY_AND_ABOVE, regionBound: true })
  @ApiOperation({ summary: '县妇联设定本年度活动日期（动员部署、工作实施、总结上报）' })
  @ApiOkResponse({ type: CampaignDto })
  @ApiErrors(400, 403, 404)
  setCampaign(
    @CurrentCadre() cadre: Cadre,
    @Param('countyCode', RegionCodePipe) countyCode: string,
    @Param('year', ParseIntPipe) year: number,
    @Body() body: CampaignDatesDto,
  ): Promise<CampaignDto> {
    return this.screening.setCampaign(cadre, countyCode, year, body);
  }
}
