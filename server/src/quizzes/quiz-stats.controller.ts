import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/http/api-errors.decorator';
import { Authenticated, CurrentCadre } from '../identity/auth/access.decorators';
import type { Cadre } from '../identity/auth/cadre';
import { FEDERATION_ROLES } from '../identity/roles';
import { QuizStatsDto, QuizStatsQueryDto } from './dto/quiz.dto';
import { QuizzesService } from './quizzes.service';

@ApiTags('quizzes')
@Controller('cadre/quiz-stats')
export class QuizStatsController {
  constructor(private readonly quizzes: QuizzesService) {}

  @Get()
  @Authenticated({ roles: FEDERATION_ROLES, regionBound: true })
  @ApiOperation({ summary: '管辖范围内的答题情况：份数、平均分、各年龄段人数、答错最多的 10 道题' })
  @ApiOkResponse({ type: QuizStatsDto })
  @ApiErrors(400, 403)
  stats(@CurrentCadre() cadre: Cadre, @Query() query: QuizStatsQueryDto): Promise<QuizStatsDto> {
    return this.quizzes.stats(cadre, query);
  }
}
