import { Module } from '@nestjs/common';
import { MarketsModule } from '../markets/markets.module';
import { RegionsModule } from '../regions/regions.module';
import { QuizStatsController } from './quiz-stats.controller';
import { QuizzesController } from './quizzes.controller';
import { QuizzesRepository } from './quizzes.repository';
import { QuizzesService } from './quizzes.service';

@Module({
  imports: [RegionsModule, MarketsModule],
  controllers: [QuizzesController, QuizStatsController],
  providers: [QuizzesService, QuizzesRepository],
  exports: [QuizzesService],
})
export class QuizzesModule {}
