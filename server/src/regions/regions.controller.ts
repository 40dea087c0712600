import { Controller, Get, Header, Param, Query } from '@nestjs/common';
import { Public } from '../identity/auth/access.decorators';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RegionCodePipe } from '../common/http/region-code.pipe';
import { ApiErrors } from '../common/http/api-errors.decorator';
import { RegionDto, RegionSearchQueryDto, RegionSearchResultDto, RegionSummaryDto } from './dto/region.dto';
import { RegionsService } from './regions.service';

// Divisions change once a year at most; a rural phone should not fetch them twice in an hour.
const CACHE_PUBLIC = 'public, max-age=3600';

@ApiTags('regions')
@Public()
@Controller('regions')
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  @Get()
  @Header('Cache-Control', CACHE_PUBLIC)
  @ApiOperation({ summary: '省级区划列表；带 q 时按名称查找（可用 under 限定范围）' })
  @ApiOkResponse({ type: [RegionSearchResultDto] })
  @ApiErrors(400, 404)
  async list(@Query() query: RegionSearchQueryDto): Promise<RegionSearchResultDto[]> {
    if (query.q === undefined) return this.regions.listProvinces();
    return this.regions.search(query.q, query.under ?? null);
  }

  @Get(':code')
  @Header('Cache-Control', CACHE_PUBLIC)
  @ApiOperation({ summary: '一个区划' })
  @ApiOkResponse({ type: RegionDto })
  @ApiErrors(400, 404)
  getRegion(@Param('code', RegionCodePipe) code: string): Promise<RegionDto> {
    return this.regions.getRegion(code);
  }

  @Get(':code/children')
  @Header('Cache-Control', CACHE_PUBLIC)
  @ApiOperation({ summary: '下一级区划' })
  @ApiOkResponse({ type: [RegionSummaryDto] })
  @ApiErrors(400, 404)
  listChildren(@Param('code', RegionCodePipe) code: string): Promise<RegionSummaryDto[]> {
    return this.regions.listChildren(code);
  }
}
