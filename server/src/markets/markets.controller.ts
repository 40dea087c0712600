import { Body, Controller, Get, Header, HttpCode, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ApiErrors } from '../common/http/api-errors.decorator';
import { UuidPipe } from '../common/http/uuid.pipe';
import { Authenticated, CurrentCadre, Public } from '../identity/auth/access.decorators';
import type { Cadre } from '../identity/auth/cadre';
import { COUNTY_AND_ABOVE } from '../identity/roles';
import {
  MarketEventDto,
  MarketEventInputDto,
  MarketEventPageDto,
  MarketEventQueryDto,
  MarketLandingDto,
} from './dto/market-event.dto';
import { MarketsService } from './markets.service';

/** Town and county federations run market-day stalls; the levels above watch them. */
const ORGANISERS = ['federation_town', 'federation_county'] as const;
const WATCHERS = ['federation_town', ...COUNTY_AND_ABOVE] as const;

// The landing is the first thing a whole market opens at once: phones keep it a minute and
// revalidate with the ETag (304, no body); the server answers it from memory.
const CACHE_LANDING = 'public, max-age=60';

/** The origin the cadre reached the server by: the address printed under the plain QR code. */
function originOf(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

@ApiTags('markets')
@Controller('cadre/market-events')
export class MarketEventsController {
  constructor(private readonly markets: MarketsService) {}

  @Get()
  @Authenticated({ roles: WATCHERS, regionBound: true })
  @ApiOperation({ summary: '管辖范围内的赶集普法活动，带扫码、答题、求助次数（不识别任何人）' })
  @ApiOkResponse({ type: MarketEventPageDto })
  @ApiErrors(400, 403)
  list(@CurrentCadre() cadre: Cadre, @Query() query: MarketEventQueryDto): Promise<MarketEventPageDto> {
    return this.markets.list(cadre, query);
  }

  @Post()
  @Authenticated({ roles: ORGANISERS, regionBound: true })
  @ApiOperation({ summary: '新建赶集普法活动（乡镇须在管辖范围内）' })
  @ApiCreatedResponse({ type: MarketEventDto })
  @ApiErrors(400, 403, 404)
  create(@CurrentCadre() cadre: Cadre, @Body() body: MarketEventInputDto): Promise<MarketEventDto> {
    return this.markets.create(cadre, body);
  }

  @Get(':id')
  @Authenticated({ roles: WATCHERS, regionBound: true })
  @ApiOperation({ summary: '一场活动和它的计数' })
  @ApiOkResponse({ type: MarketEventDto })
  @ApiErrors(400, 404)
  get(@CurrentCadre() cadre: Cadre, @Param('id', UuidPipe) id: string): Promise<MarketEventDto> {
    return this.markets.get(cadre, id);
  }

  @Put(':id')
  @Authenticated({ roles: ORGANISERS, regionBound: true })
  @ApiOperation({ summary: '修改活动' })
  @ApiOkResponse({ type: MarketEventDto })
  @ApiErrors(400, 403, 404, 409)
  update(
    @CurrentCadre() cadre: Cadre,
    @Param('id', UuidPipe) id: string,
    @Body() body: MarketEventInputDto,
  ): Promise<MarketEventDto> {
    return this.markets.update(cadre, id, body);
  }

  @Post(':id/cancellation')
  @Authenticated({ roles: ORGANISERS, regionBound: true })
  @HttpCode(200)
  @ApiOperation({ summary: '取消活动：扫码仍能打开，页面写明已取消' })
  @ApiOkResponse({ type: MarketEventDto })
  @ApiErrors(403, 404, 409)
  cancel(@CurrentCadre() cadre: Cadre, @Param('id', UuidPipe) id: string): Promise<MarketEventDto> {
    return this.markets.cancel(cadre, id);
  }

  @Get(':id/poster')
  @Authenticated({ roles: WATCHERS, regionBound: true })
  @Header('Content-Type', 'text/html; charset=utf-8')
  @ApiOperation({ summary: 'A4 海报（HTML，用浏览器打印）：二维码、活动、求助电话 110/12338/12355/120' })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: '可直接打印的 HTML 页面', schema: { type: 'string' } })
  @ApiErrors(400, 404)
  poster(@CurrentCadre() cadre: Cadre, @Param('id', UuidPipe) id: string, @Req() req: Request): Promise<string> {
    return this.markets.poster(cadre, id, originOf(req));
  }

  @Get(':id/qr-code')
  @Authenticated({ roles: WATCHERS, regionBound: true })
  @ApiOperation({ summary: '普通二维码（PNG），指向网页版活动页' })
  @ApiProduces('image/png')
  @ApiOkResponse({ description: 'PNG 图片', schema: { type: 'string', format: 'binary' } })
  @ApiErrors(400, 404)
  async qrCode(
    @CurrentCadre() cadre: Cadre,
    @Param('id', UuidPipe) id: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const png = await this.markets.plainQrCode(cadre, id, originOf(req));
    res.type('image/png').send(png);
  }
}

@ApiTags('markets')
@Public()
@Controller('markets/events')
export class MarketLandingController {
  constructor(private readonly markets: MarketsService) {}

  @Get(':code')
  @Header('Cache-Control', CACHE_LANDING)
  @ApiOperation({ summary: '扫码后的活动页：活动、三堂课；活动码不存在时 404' })
  @ApiOkResponse({ type: MarketLandingDto })
  @ApiErrors(404)
  landing(@Param('code') code: string): Promise<MarketLandingDto> {
    return this.markets.landing(code);
  }

  @Post(':code/scans')
  @HttpCode(204)
  @ApiOperation({ summary: '记一次扫码打开（只加计数，不记录任何身份信息）' })
  @ApiNoContentResponse()
  @ApiErrors(404)
  scan(@Param('code') code: string): Promise<void> {
    return this.markets.countScan(code);
  }
}
