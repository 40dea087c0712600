import { Module } from '@nestjs/common';
import { MarketsModule } from '../markets/markets.module';
import { RegionsModule } from '../regions/regions.module';
import { ContentModule } from './content.module';
import { LessonReadsController } from './lesson-reads.controller';
import { LessonReadsRepository } from './lesson-reads.repository';
import { LessonReadsService } from './lesson-reads.service';

/**
 * Lesson reads: a module of its own because a read from a market landing is counted in the event's
 * town, and markets already build on content (a landing shows lessons).
 */
@Module({
  imports: [ContentModule, MarketsModule, RegionsModule],
  controllers: [LessonReadsController],
  providers: [LessonReadsService, LessonReadsRepository],
  // Reports count reads with LessonReadsService.
  exports: [LessonReadsService],
})
export class LessonReadsModule {}
