import { Body, Controller, HttpCode, Inject, Post, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { HULEI_CONFIG, type HuleiConfig } from '../common/config/config';
import { ApiErrors } from '../common/http/api-errors.decorator';
import { ApiIdempotencyKey, IdempotencyKey } from '../common/http/idempotency-key.decorator';
import { addressKey } from '../common/rate-limit/client-address';
import { Public } from '../identity/auth/access.decorators';
import {
  HelpRequestReceiptDto,
  LookupDto,
  LookupResultDto,
  RequesterMessageDto,
  SubmitHelpRequestDto,
} from './dto/public.dto';
import { HelpRequestsService } from './help-requests.service';

/** Anonymous routes: nothing here reads or stores who the caller is. */
@ApiTags('help-requests')
@Public()
@Controller('help-requests')
export class HelpRequestsController {
  constructor(
    private readonly help: HelpRequestsService,
    @Inject(HULEI_CONFIG) private readonly config: HuleiConfig,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiIdempotencyKey()
  @ApiOperation({ summary: '匿名求助：同一个 Idempotency-Key 重试得到同样的回答' })
  @ApiCreatedResponse({ type: HelpRequestReceiptDto })
  @ApiErrors(400, 413, 422, 429)
  async submit(
    @Body() body: SubmitHelpRequestDto,
    @IdempotencyKey() key: string,
    @Req() request: Request,
  ): Promise<HelpRequestReceiptDto> {
    return (await this.help.submit(body, key, addressKey(request, this.config.tokenSecret))).body;
  }

  @Post('lookup')
  @HttpCode(200)
  @ApiOperation({ summary: '用回执码查看进展和回复' })
  @ApiOkResponse({ type: LookupResultDto })
  @ApiErrors(400, 404, 429)
  lookup(@Body() body: LookupDto, @Req() request: Request): Promise<LookupResultDto> {
    return this.help.lookup(body.receiptCode, addressKey(request, this.config.tokenSecret));
  }

  @Post('lookup/erasure')
  @HttpCode(202)
  @ApiOperation({ summary: '申请删除自己写的内容：乡镇妇联审核后删除' })
  @ApiErrors(400, 404, 429)
  requestErasure(@Body() body: LookupDto, @Req() request: Request): Promise<void> {
    return this.help.requestErasure(body.receiptCode, addressKey(request, this.config.tokenSecret));
  }

  @Post('lookup/messages')
  @HttpCode(201)
  @ApiOperation({ summary: '用回执码给村妇联留言' })
  @ApiErrors(400, 404, 409, 429)
  addMessage(@Body() body: RequesterMessageDto, @Req() request: Request): Promise<void> {
    return this.help.addRequesterMessage(body.receiptCode, body.body, addressKey(request, this.config.tokenSecret));
  }
}
