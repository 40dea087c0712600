import { Controller, Get, Header, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/http/api-errors.decorator';
import { ContentService } from './content.service';
import { ContentItemDto, ContentListQueryDto, ContentPageDto } from './dto/content.dto';
import { Public } from '../identity/auth/access.decorators';

// A market day is a burst of phones reading the same lessons: let them keep a copy for five minutes
// and revalidate with the ETag Express computes (304, no body).
const CACHE_PUBLIC = 'public, max-age=300';

@ApiTags('content')
@Public()
@Controller('content')
export class ContentController {
  constructor(private readonly content: ContentService) {}

  @Get()
  @Header('Cache-Control', CACHE_PUBLIC)
  @ApiOperation({ summary: '已发布的自护课程：全国通用内容，加上读者所在县、市、省发布的本地内容' })
  @ApiOkResponse({ type: ContentPageDto })
  @ApiErrors(400)
  list(@Query() query: ContentListQueryDto): Promise<ContentPageDto> {
    return this.content.listPublished(query);
  }

  @Get(':id')
  @Header('Cache-Control', CACHE_PUBLIC)
  @ApiOperation({ summary: '一篇已发布的课程；未发布、已下架或不存在时 404' })
  @ApiOkResponse({ type: ContentItemDto })
  @ApiErrors(404)
  get(@Param('id') id: string): Promise<ContentItemDto> {
    return this.content.getPublished(id);
  }
}
