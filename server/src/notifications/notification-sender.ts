import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { HULEI_CONFIG, type HuleiConfig } from '../common/config/config';
import { NotificationsService } from './notifications.service';

/** Drains the outbox every HULEI_POLL_MS while the server runs. */
@Injectable()
export class NotificationSender implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('NotificationSender');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = false;

  constructor(
    private readonly notifications: NotificationsService,
    @Inject(HULEI_CONFIG) private readonly config: HuleiConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.schedulers) this.next(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private next(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.notifications
        .sendDue()
        .catch((error: Error) => this.logger.error({ err: { name: error.name, stack: error.stack } }, 'sending failed'))
        .finally(() => this.next(this.config.pollMs));
    }, delayMs);
  }
}
