import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ClocksService } from '../clocks/clocks.service';
import { CareLedgerService } from './care.service';

/** Every 6 hours, erases the identifying fields of ledger records closed longer than the retention period. */
@Injectable()
export class CareRetentionJobs implements OnModuleInit {
  constructor(
    private readonly clocks: ClocksService,
    private readonly care: CareLedgerService,
  ) {}

  onModuleInit(): void {
    this.clocks.every('care_retention', 6 * 60 * 60 * 1000, (now) => this.care.purgeExpired(now));
  }
}
