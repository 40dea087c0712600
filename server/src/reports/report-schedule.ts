import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { chinaMonthOf, previousMonth } from '@hulei/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { Clock } from '../clocks/clock.entity';
import { ClocksService } from '../clocks/clocks.service';
import { HULEI_CONFIG, type HuleiConfig } from '../common/config/config';
import { inTransaction } from '../database/transactions';
import type { NotificationKind } from '../notifications/notification.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { nextDraftsAt, nextSummaryReminderAt } from './report-period';
import { ReportsService } from './reports.service';

const SUBJECT = 'report_schedule';
/** 08:00 on the 1st of each month (China time): last month's drafts, and their chairs told. */
export const DRAFTS_CLOCK = 'report_drafts';
/** 09:00 on 20 November: the year's summary drafts, and a reminder of the 1 December deadline. */
export const SUMMARY_CLOCK = 'report_summary';
const NOTIFY_CHUNK = 1000;

/**
 * The calendar of reports, as clock rows: each fires once (whichever server instance claims it),
 * does its work in the clock's transaction, and schedules its own next occurrence there. Nothing
 * lives in memory: a server that was down on the 1st prepares the drafts when it starts.
 */
@Injectable()
export class ReportSchedule implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ReportSchedule');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = false;

  constructor(
    private readonly clocks: ClocksService,
    private readonly reports: ReportsService,
    private readonly notifications: NotificationsService,
    private readonly dataSource: DataSource,
    @Inject(HULEI_CONFIG) private readonly config: HuleiConfig,
  ) {}

  onModuleInit(): void {
    this.clocks.register(DRAFTS_CLOCK, (clocks, manager, now) => this.monthlyDrafts(clocks, manager, now));
    this.clocks.register(SUMMARY_CLOCK, (clocks, manager, now) => this.summaryReminder(clocks, manager, now));
  }

  /**
   * A running server makes sure both clocks exist, without holding up its start (and again a minute
   * later if the database is not ready). Tests fire clocks themselves and start with none.
   */
  onApplicationBootstrap(): void {
    if (this.config.schedulers) this.ensureSoon(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private ensureSoon(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.ensureScheduled().catch((error: Error) => {
        this.logger.error({ err: { name: error.name, stack: error.stack } }, 'report clocks not scheduled yet');
        this.ensureSoon(60_000);
      });
    }, delayMs);
  }

  /** Schedules each of the two clocks unless one is already pending. */
  async ensureScheduled(now: Date = new Date()): Promise<void> {
    for (const [kind, next] of [
      [DRAFTS_CLOCK, nextDraftsAt(now)],
      [SUMMARY_CLOCK, nextSummaryReminderAt(now)],
    ] as const) {
      const pending = (await this.clocks.forSubject(SUBJECT, kind)).some((c) => c.state === 'pending');
      if (pending) continue;
      await inTransaction(this.dataSource, (manager) => this.schedule(manager, kind, next));
      this.logger.log({ kind, dueAt: next.toISOString() }, 'report clock scheduled');
    }
  }

  private schedule(manager: EntityManager, kind: string, dueAt: Date): Promise<void> {
    return this.clocks.schedule(manager, [{ kind, subjectType: SUBJECT, subjectId: kind, step: 'next', dueAt }]);
  }

  /** The next occurrence, unless another instance firing a twin clock has scheduled it already. */
  private async scheduleNext(manager: EntityManager, kind: string, dueAt: Date): Promise<void> {
    const pending = await this.clocks.forSubject(SUBJECT, kind);
    if (pending.some((c) => c.state === 'pending' && c.dueAt.getTime() === dueAt.getTime())) return;
    await this.schedule(manager, kind, dueAt);
  }

  /** The months of the clocks that fell due (normally one: the month before each clock's 1st). */
  private async monthlyDrafts(clocks: Clock[], manager: EntityManager, now: Date): Promise<void> {
    const months = [...new Set(clocks.map((c) => previousMonth(chinaMonthOf(c.dueAt))))];
    for (const month of months) {
      const { created } = await this.reports.prepareDrafts(manager, month, now);
      await this.notify(manager, created, 'monthly_report_draft');
    }
    await this.scheduleNext(manager, DRAFTS_CLOCK, nextDraftsAt(now));
  }

  private async summaryReminder(clocks: Clock[], manager: EntityManager, now: Date): Promise<void> {
    const years = [...new Set(clocks.map((c) => chinaMonthOf(c.dueAt).slice(0, 4)))];
    for (const year of years) {
      const { unsubmitted } = await this.reports.prepareDrafts(manager, year, now);
      await this.notify(manager, unsubmitted, 'summary_report_reminder');
    }
    await this.scheduleNext(manager, SUMMARY_CLOCK, nextSummaryReminderAt(now));
  }

  private async notify(
    manager: EntityManager,
    accounts: Array<{ id: string; regionCode: string }>,
    kind: NotificationKind,
  ): Promise<void> {
    for (let i = 0; i < accounts.length; i += NOTIFY_CHUNK) {
      await this.notifications.enqueue(
        manager,
        accounts.slice(i, i + NOTIFY_CHUNK).map((a) => ({ accountId: a.id, regionCode: a.regionCode })),
        kind,
      );
    }
  }
}
