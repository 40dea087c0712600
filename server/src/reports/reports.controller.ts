import { Body, Controller, Get, Header, HttpCode, Param, Post, Put, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiErrors } from '../common/http/api-errors.decorator';
import { RegionCodePipe } from '../common/http/region-code.pipe';
import { Authenticated, CurrentCadre } from '../identity/auth/access.decorators';
import type { Cadre } from '../identity/auth/cadre';
import { COUNTY_AND_ABOVE, FEDERATION_ROLES, TOWN_AND_ABOVE } from '../identity/roles';
import { DashboardService } from './dashboard.service';
import {
  DashboardDto,
  DashboardQueryDto,
  NarrativeDto,
  ReportDto,
  ReturnReportDto,
  SubmissionListDto,
} from './dto/report.dto';
import { ReportExportsService } from './report-exports.service';
import { ReportsService } from './reports.service';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const periodParam = ApiParam({
  name: 'period',
  example: '2026-05',
  description: '月报写成 YYYY-MM，年度总结写成 YYYY；不能是未来',
});

function attachment(res: Response, name: string): void {
  res.setHeader('Content-Type', XLSX_TYPE);
  res.setHeader(
    'Content-Disposition',
    `attachment; filename="report.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
  );
}

@ApiTags('reports')
@Authenticated({ roles: FEDERATION_ROLES, regionBound: true })
@Controller('cadre/reports')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly exports: ReportExportsService,
  ) {}

  @Get(':regionCode/:period')
  @periodParam
  @ApiOperation({ summary: '一个地区某月的工作月报（或某年的年度总结）：数字由数据统计，小数字对本地区以外显示为 <5' })
  @ApiOkResponse({ type: ReportDto })
  @ApiErrors(400, 404)
  view(
    @CurrentCadre() cadre: Cadre,
    @Param('regionCode', RegionCodePipe) regionCode: string,
    @Param('period') period: string,
  ): Promise<ReportDto> {
    return this.reports.view(cadre, regionCode, period);
  }

  @Put(':regionCode/:period/narrative')
  @periodParam
  @ApiOperation({ summary: '保存本级填写的工作经验、存在问题、意见建议（上报后不能再改，退回后可改）' })
  @ApiOkResponse({ type: ReportDto })
  @ApiErrors(400, 403, 404, 409)
  saveNarrative(
    @CurrentCadre() cadre: Cadre,
    @Param('regionCode', RegionCodePipe) regionCode: string,
    @Param('period') period: string,
    @Body() body: NarrativeDto,
  ): Promise<ReportDto> {
    return this.reports.saveNarrative(cadre, regionCode, period, body);
  }

  @Post(':regionCode/:period/submit')
  @HttpCode(200)
  @periodParam
  @ApiOperation({ summary: '上报给上一级（数字以上报时为准；重复上报为 409）' })
  @ApiOkResponse({ type: ReportDto })
  @ApiErrors(400, 403, 404, 409)
  submit(
    @CurrentCadre() cadre: Cadre,
    @Param('regionCode', RegionCodePipe) regionCode: string,
    @Param('period') period: string,
  ): Promise<ReportDto> {
    return this.reports.submit(cadre, regionCode, period);
  }

  @Post(':regionCode/:period/return')
  @Authenticated({ roles: TOWN_AND_ABOVE, regionBound: true })
  @HttpCode(200)
  @periodParam
  @ApiOperation({ summary: '上一级退回下级已上报的报告，并写明意见' })
  @ApiOkResponse({ type: ReportDto })
  @ApiErrors(400, 403, 404, 409)
  returnReport(
    @CurrentCadre() cadre: Cadre,
    @Param('regionCode', RegionCodePipe) regionCode: string,
    @Param('period') period: string,
    @Body() body: ReturnReportDto,
  ): Promise<ReportDto> {
    return this.reports.returnReport(cadre, regionCode, period, body.comment);
  }

  @Get(':regionCode/:period/submissions')
  @Authenticated({ roles: TOWN_AND_ABOVE, regionBound: true })
  @periodParam
  @ApiOperation({ summary: '下一级各地区的上报情况：谁已上报、谁逾期未报' })
  @ApiOkResponse({ type: SubmissionListDto })
  @ApiErrors(400, 403, 404)
  submissions(
    @CurrentCadre() cadre: Cadre,
    @Param('regionCode', RegionCodePipe) regionCode: string,
    @Param('period') period: string,
  ): Promise<SubmissionListDto> {
    return this.reports.submissions(cadre, regionCode, period);
  }

  @Get(':regionCode/:period/export')
  @periodParam
  @ApiProduces(XLSX_TYPE)
  @ApiOperation({ summary: '导出报告（Excel：封面、每部分一张表、工作总结、下级上报情况）' })
  @ApiOkResponse({ description: 'Excel 文件' })
  @ApiErrors(400, 404)
  async export(
    @CurrentCadre() cadre: Cadre,
    @Param('regionCode', RegionCodePipe) regionCode: string,
    @Param('period') period: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { file, name } = await this.exports.workbook(cadre, regionCode, period);
    attachment(res, name);
    return new StreamableFile(file);
  }

  @Get(':regionCode/:period/print')
  @periodParam
  @Header('Content-Type', 'text/html; charset=utf-8')
  @ApiProduces('text/html')
  @ApiOperation({ summary: '打印版（A4 网页，可存为 PDF）' })
  @ApiOkResponse({ description: 'HTML 页面' })
  @ApiErrors(400, 404)
  print(
    @CurrentCadre() cadre: Cadre,
    @Param('regionCode', RegionCodePipe) regionCode: string,
    @Param('period') period: string,
  ): Promise<string> {
    return this.exports.printable(cadre, regionCode, period);
  }

  @Get(':regionCode/:period/details')
  @Authenticated({ roles: COUNTY_AND_ABOVE, regionBound: true })
  @periodParam
  @ApiProduces(XLSX_TYPE)
  @ApiOperation({ summary: '导出明细（Excel：求助、舆情逐条，无任何个人信息和文字内容；仅县级及以上，记入审计）' })
  @ApiOkResponse({ description: 'Excel 文件' })
  @ApiErrors(400, 403, 404)
  async details(
    @CurrentCadre() cadre: Cadre,
    @Param('regionCode', RegionCodePipe) regionCode: string,
    @Param('period') period: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { file, name } = await this.exports.details(cadre, regionCode, period);
    attachment(res, name);
    return new StreamableFile(file);
  }
}

@ApiTags('reports')
@Authenticated({ roles: FEDERATION_ROLES, regionBound: true })
@Controller('cadre/dashboards')
export class DashboardsController {
  constructor(private readonly dashboards: DashboardService) {}

  @Get(':regionCode')
  @ApiOperation({ summary: '数据看板：近 12 个月趋势、类别、分地区、覆盖率、时限达标率，每张图附数据表' })
  @ApiOkResponse({ type: DashboardDto })
  @ApiErrors(400, 404)
  dashboard(
    @CurrentCadre() cadre: Cadre,
    @Param('regionCode', RegionCodePipe) regionCode: string,
    @Query() query: DashboardQueryDto,
  ): Promise<DashboardDto> {
    return this.dashboards.dashboard(cadre, regionCode, query.month);
  }
}
