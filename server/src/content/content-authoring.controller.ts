import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/http/api-errors.decorator';
import { UuidPipe } from '../common/http/uuid.pipe';
import { Authenticated, CurrentCadre } from '../identity/auth/access.decorators';
import type { Cadre } from '../identity/auth/cadre';
import { COUNTY_AND_ABOVE } from '../identity/roles';
import { ContentService } from './content.service';
import {
  CadreContentItemDto,
  CadreContentPageDto,
  CadreContentQueryDto,
  ContentDraftDto,
  CreateContentDto,
  ReturnContentDto,
} from './dto/content-authoring.dto';

/** Local lessons: written by a county, city or province federation, published after a second person's review. */
@ApiTags('content authoring')
@Authenticated({ roles: COUNTY_AND_ABOVE, regionBound: true })
@Controller('cadre/content')
export class ContentAuthoringController {
  constructor(private readonly content: ContentService) {}

  @Get()
  @ApiOperation({ summary: '管辖范围内的本地内容（任何状态），最近修改的在前' })
  @ApiOkResponse({ type: CadreContentPageDto })
  @ApiErrors(400, 403)
  list(@CurrentCadre() cadre: Cadre, @Query() query: CadreContentQueryDto): Promise<CadreContentPageDto> {
    return this.content.listForCadre(cadre, query);
  }

  @Get(':id')
  @ApiOperation({ summary: '一篇本地内容（管辖范围外为 404）' })
  @ApiOkResponse({ type: CadreContentItemDto })
  @ApiErrors(400, 404)
  get(@CurrentCadre() cadre: Cadre, @Param('id', UuidPipe) id: string): Promise<CadreContentItemDto> {
    return this.content.getForCadre(cadre, id);
  }

  @Post()
  @ApiOperation({ summary: '写一篇草稿；正文保存时净化' })
  @ApiCreatedResponse({ type: CadreContentItemDto })
  @ApiErrors(400, 403, 404)
  create(@CurrentCadre() cadre: Cadre, @Body() body: CreateContentDto): Promise<CadreContentItemDto> {
    return this.content.createDraft(cadre, body);
  }

  @Put(':id')
  @ApiOperation({ summary: '修改草稿或已下架的内容（改后为草稿）' })
  @ApiOkResponse({ type: CadreContentItemDto })
  @ApiErrors(400, 404, 409)
  update(
    @CurrentCadre() cadre: Cadre,
    @Param('id', UuidPipe) id: string,
    @Body() body: ContentDraftDto,
  ): Promise<CadreContentItemDto> {
    return this.content.updateDraft(cadre, id, body);
  }

  @Post(':id/submission')
  @HttpCode(200)
  @ApiOperation({ summary: '提交审核' })
  @ApiOkResponse({ type: CadreContentItemDto })
  @ApiErrors(404, 409)
  submit(@CurrentCadre() cadre: Cadre, @Param('id', UuidPipe) id: string): Promise<CadreContentItemDto> {
    return this.content.submitForReview(cadre, id);
  }

  @Post(':id/approval')
  @HttpCode(200)
  @ApiOperation({ summary: '审核通过并发布：须是作者以外的人，同级或上级' })
  @ApiOkResponse({ type: CadreContentItemDto })
  @ApiErrors(403, 404, 409)
  approve(@CurrentCadre() cadre: Cadre, @Param('id', UuidPipe) id: string): Promise<CadreContentItemDto> {
    return this.content.approve(cadre, id);
  }

  @Post(':id/return')
  @HttpCode(200)
  @ApiOperation({ summary: '退回修改，写明意见' })
  @ApiOkResponse({ type: CadreContentItemDto })
  @ApiErrors(400, 403, 404, 409)
  returnForChanges(
    @CurrentCadre() cadre: Cadre,
    @Param('id', UuidPipe) id: string,
    @Body() body: ReturnContentDto,
  ): Promise<CadreContentItemDto> {
    return this.content.returnForChanges(cadre, id, body.comment);
  }

  @Post(':id/withdrawal')
  @HttpCode(200)
  @ApiOperation({ summary: '下架已发布的内容' })
  @ApiOkResponse({ type: CadreContentItemDto })
  @ApiErrors(404, 409)
  withdraw(@CurrentCadre() cadre: Cadre, @Param('id', UuidPipe) id: string): Promise<CadreContentItemDto> {
    return this.content.withdraw(cadre, id);
  }
}
