import { Injectable } from '@nestjs/common';
import { chinaDate } from '../common/china-date';
import { AppError } from '../common/errors/app-error';
import { noRegionPath, regionPathOf } from '../common/jurisdiction/region-path';
import type { JurisdictionScope } from '../common/jurisdiction/scope';
import { RateLimiter, type RateLimitRule } from '../common/rate-limit/rate-limiter';
import { MarketsService } from '../markets/markets.service';
import { RegionsService } from '../regions/regions.service';
import { ContentService } from './content.service';
import type { LessonReadDto } from './dto/lesson-read.dto';
import { NO_REGION } from './lesson-read.entity';
import { LessonReadsRepository } from './lesson-reads.repository';

// A class of children reading on one school connection stays well inside it; a script does not.
const READ_LIMIT: RateLimitRule = {
  name: 'lesson_read',
  limit: 120,
  windowSeconds: 600,
  message: '阅读记录太频繁了，请过几分钟再试；课程照样可以看',
};

/** 课件阅读: how often lessons are read, per day and region, and nothing about who reads them. */
@Injectable()
export class LessonReadsService {
  constructor(
    private readonly reads: LessonReadsRepository,
    private readonly content: ContentService,
    private readonly markets: MarketsService,
    private readonly regions: RegionsService,
    private readonly limiter: RateLimiter,
  ) {}

  /**
   * Counts one read of a published lesson on today's China date, in the region the reader chose, else
   * in the town of the market event she came from. A read with neither is counted with no region: it
   * is in the lesson's total but in no region's report.
   */
  async count(contentId: string, input: LessonReadDto, addressKey: string, now = new Date()): Promise<void> {
    await this.limiter.consume(READ_LIMIT, addressKey);
    await this.content.assertPublished(contentId);
    let regionCode = input.regionCode ?? null;
    if (regionCode !== null) {
      await this.regions.knownRegion(regionCode).catch((error: unknown) => {
        throw error instanceof AppError && error.code === 'NOT_FOUND'
          ? AppError.validation('regionCode', '没有这个区划')
          : error;
      });
    }
    if (input.marketEventId) {
      const town = await this.markets.townOfEvent(input.marketEventId);
      regionCode ??= town;
    }
    await this.reads.increment(
      contentId.toLowerCase(),
      chinaDate(now),
      regionCode ?? NO_REGION,
      regionCode === null ? noRegionPath() : regionPathOf(regionCode),
    );
  }

  /** For reports: reads on China days in [fromDay, toDay) in the scope, per region of `column`. */
  countsForReport(scope: JurisdictionScope, column: string, fromDay: string, toDay: string) {
    return this.reads.countForReport(scope, column, fromDay, toDay);
  }
}
