import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/http/api-errors.decorator';
import { QuizAttemptDto, QuizSubmissionResultDto, StartQuizAttemptDto, SubmitQuizDto } from './dto/quiz.dto';
import { QuizzesService } from './quizzes.service';
import { Public } from '../identity/auth/access.decorators';

@ApiTags('quizzes')
@Public()
@Controller('quizzes')
export class QuizzesController {
  constructor(private readonly quizzes: QuizzesService) {}

  @Post('attempts')
  @ApiOperation({ summary: '开始答题：随机抽 10 道题（不含答案）；不记录任何身份信息' })
  @ApiCreatedResponse({ type: QuizAttemptDto })
  @ApiErrors(400, 404)
  start(@Body() body: StartQuizAttemptDto): Promise<QuizAttemptDto> {
    return this.quizzes.startAttempt(body.audience, body.regionCode ?? null, body.marketEventId ?? null);
  }

  @Post('attempts/:id/submission')
  @ApiOperation({ summary: '交卷：得分、每题的讲解，答对 8 题及以上得“自护小卫士”徽章；每份答卷只能交一次' })
  @ApiCreatedResponse({ type: QuizSubmissionResultDto })
  @ApiErrors(400, 404, 409)
  submit(@Param('id') id: string, @Body() body: SubmitQuizDto): Promise<QuizSubmissionResultDto> {
    return this.quizzes.submit(id, body.answers);
  }
}
