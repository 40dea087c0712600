import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { HULEI_CONFIG, type HuleiConfig } from '../common/config/config';
import { CareLedgerService } from './care.service';

const EVERY_MS = 6 * 60 * 60 * 1000;

/** Erases the identifying fields of ledger records closed longer than the retention period, every 6 hours. */
@Injectable()
export class CareRetentionScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('CareRetention');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = false;

  constructor(
    private readonly care: CareLedgerService,
    @Inject(HULEI_CONFIG) private readonly config: HuleiConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.schedulers) this.next(60_000);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private next(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.care
        .purgeExpired()
        .then((purged) => purged && this.logger.log({ purged }, 'ledger records purged after retention'))
        .catch((error: Error) =>
          this.logger.error({ err: { name: error.name, stack: error.stack } }, 'ledger retention failed'),
        )
        .finally(() => this.next(EVERY_MS));
    }, delayMs);
    this.timer.unref();
  }
}
