import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { timeOrderedId } from '../common/ids';
import { DataSource } from 'typeorm';
import { ClocksService } from '../clocks/clocks.service';
import { HULEI_CONFIG, type HuleiConfig } from '../common/config/config';
import { IdempotencyService } from '../common/idempotency/idempotency.service';
import { inTransaction } from '../database/transactions';
import { HelpRequestsRepository } from './help-requests.repository';

const HOUR = 60 * 60 * 1000;

/**
 * Closed requests keep their free text for the retention period (HULEI_RETENTION_DAYS, 180 by
 * default), then lose it: descriptions, phones, messages, notes. Counts stay for reports.
 */
@Injectable()
export class HelpRequestRetentionService implements OnModuleInit {
  constructor(
    private readonly requests: HelpRequestsRepository,
    private readonly dataSource: DataSource,
    private readonly clocks: ClocksService,
    private readonly idempotency: IdempotencyService,
    @Inject(HULEI_CONFIG) private readonly config: HuleiConfig,
  ) {}

  onModuleInit(): void {
    this.clocks.every('help_retention', 6 * HOUR, (now) => this.purgeExpired(now));
    // The sealed answers kept for retries of a submission: erased once a day old.
    this.clocks.every('idempotency_erase', HOUR, (now) => this.idempotency.eraseExpiredAnswers(now));
  }

  async purgeExpired(now: Date = new Date()): Promise<number> {
    const before = new Date(now.getTime() - this.config.retentionDays * 24 * 60 * 60 * 1000);
    let purged = 0;
    for (;;) {
      const batch = await this.requests.findClosedBefore(before, 100);
      if (batch.length === 0) return purged;
      for (const request of batch) {
        await inTransaction(this.dataSource, async (manager) => {
          await this.requests.eraseFreeText(request.id, now, manager);
          await this.requests.insertEvents(
            [
              {
                id: timeOrderedId(),
                helpRequestId: request.id,
                at: now,
                kind: 'purged',
                actorAccountId: null,
                level: request.handlingLevel,
                regionCode: request.handlingRegionCode,
                noteSealed: null,
                data: `retention_${this.config.retentionDays}d`,
              },
            ],
            manager,
          );
        });
        purged += 1;
      }
    }
  }
}
