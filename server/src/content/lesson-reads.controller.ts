import { Body, Controller, HttpCode, Inject, Param, Post, Req } from '@nestjs/common';
import { ApiBody, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { HULEI_CONFIG, type HuleiConfig } from '../common/config/config';
import { ApiErrors } from '../common/http/api-errors.decorator';
import { addressKey } from '../common/rate-limit/client-address';
import { Public } from '../identity/auth/access.decorators';
import { LessonReadDto } from './dto/lesson-read.dto';
import { LessonReadsService } from './lesson-reads.service';

/** Anonymous: the address only keys the rate limit (hashed, never stored). */
@ApiTags('content')
@Public()
@Controller('content')
export class LessonReadsController {
  constructor(
    private readonly reads: LessonReadsService,
    @Inject(HULEI_CONFIG) private readonly config: HuleiConfig,
  ) {}

  @Post(':id/reads')
  @HttpCode(204)
  @ApiOperation({ summary: '记一次课程阅读（只加当天按地区的计数，不记录任何身份信息）；课程未发布或不存在时 404' })
  @ApiBody({ type: LessonReadDto, required: false })
  @ApiNoContentResponse()
  @ApiErrors(400, 404, 429)
  count(@Param('id') id: string, @Body() body: LessonReadDto, @Req() request: Request): Promise<void> {
    return this.reads.count(id, body, addressKey(request, this.config.tokenSecret));
  }
}
