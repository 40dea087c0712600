import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { ancestorCode, type HandlingLevel } from '@hulei/shared';
import type { EntityManager } from 'typeorm';
import type { Clock } from '../clocks/clock.entity';
import { ClocksService, type ClockRequest } from '../clocks/clocks.service';
import { HULEI_CONFIG, type HuleiConfig } from '../common/config/config';
import { minutesToMs } from '../common/config/sla-policy';
import { timeOrderedId } from '../common/ids';
import { AccountsService } from '../identity/accounts.service';
import { AccountLookup, NotificationsService } from '../notifications/notifications.service';
import type { HelpRequestEvent } from './help-request-event.entity';
import type { HelpRequest } from './help-request.entity';
import { HelpRequestsRepository } from './help-requests.repository';

const SUBJECT = 'help_request';
const ACK = 'help_ack';
const ACK_WARNING = 'help_ack_warning';
const POLICE = 'police_report';
const POLICE_WARNING = 'police_report_warning';
const LADDER: readonly HandlingLevel[] = ['village', 'town', 'county', 'city'];

/**
 * The help-request deadlines (HULEI_SLA_POLICY.helpRequest): an unacknowledged request climbs
 * village → town → county → city, each level with a new deadline and a warning before it; a
 * sexual-abuse request must get its 强制报告 record within hours of acknowledgement, else the
 * county is told and the request shows red.
 */
@Injectable()
export class HelpRequestClocks implements OnModuleInit {
  constructor(
    private readonly clocks: ClocksService,
    private readonly requests: HelpRequestsRepository,
    private readonly notifications: NotificationsService,
    private readonly accounts: AccountsService,
    @Inject(HULEI_CONFIG) private readonly config: HuleiConfig,
  ) {}

  onModuleInit(): void {
    this.clocks.register(ACK, (clocks, manager, now) => this.acknowledgementsMissed(clocks, manager, now));
    this.clocks.register(ACK_WARNING, (clocks, manager) => this.acknowledgementWarnings(clocks, manager));
    this.clocks.register(POLICE, (clocks, manager, now) => this.policeReportsMissed(clocks, manager, now));
    this.clocks.register(POLICE_WARNING, (clocks, manager) => this.policeReportWarnings(clocks, manager));
  }

  /** The deadline to acknowledge at the request's current level, from `from`. */
  acknowledgeDueAt(request: Pick<HelpRequest, 'urgency'>, from: Date): Date {
    return new Date(from.getTime() + minutesToMs(this.config.sla.helpRequest.acknowledgeMinutes[request.urgency]));
  }

  /** A new request: tell its level, and start its acknowledgement clock. */
  /** A new request: tell who serves its level (looked up when it was routed), start its clock. */
  async onSubmitted(
    manager: EntityManager,
    request: HelpRequest,
    recipients: Array<{ id: string; regionCode: string }>,
  ): Promise<void> {
    await this.notifications.enqueue(
      manager,
      recipients.map((r) => ({ accountId: r.id, regionCode: r.regionCode })),
      'new_help_request',
    );
    await this.scheduleAcknowledgeClocks(manager, [request]);
  }

  async onAcknowledged(manager: EntityManager, request: HelpRequest, at: Date): Promise<void> {
    await this.clocks.cancel(manager, SUBJECT, request.id, [ACK, ACK_WARNING]);
    if (request.category === 'sexual_abuse' && request.policeReportedAt === null) {
      const policy = this.config.sla.helpRequest;
      const due = new Date(at.getTime() + minutesToMs(policy.policeReportMinutes));
      await this.clocks.schedule(manager, [
        { kind: POLICE, subjectType: SUBJECT, subjectId: request.id, step: request.handlingLevel, dueAt: due },
        {
          kind: POLICE_WARNING,
          subjectType: SUBJECT,
          subjectId: request.id,
          step: request.handlingLevel,
          dueAt: new Date(due.getTime() - minutesToMs(policy.policeReportWarningBeforeMinutes)),
        },
      ]);
    }
  }

  async onPoliceReported(manager: EntityManager, request: HelpRequest): Promise<void> {
    await this.clocks.cancel(manager, SUBJECT, request.id, [POLICE, POLICE_WARNING, ACK, ACK_WARNING]);
  }

  /** A requester asked for deletion: the town that reviews it is told (no case content). */
  async notifyErasureRequested(manager: EntityManager, townCode: string): Promise<void> {
    await this.notifications.notifyRegion(manager, townCode, 'erasure_requested');
  }

  async onClosed(manager: EntityManager, request: HelpRequest): Promise<void> {
    await this.clocks.cancel(manager, SUBJECT, request.id, [ACK, ACK_WARNING, POLICE, POLICE_WARNING]);
  }

  private async scheduleAcknowledgeClocks(manager: EntityManager, requests: HelpRequest[]): Promise<void> {
    const now = new Date();
    const clocks: ClockRequest[] = [];
    for (const request of requests) {
      const due = request.dueAt!;
      const base = { subjectType: SUBJECT, subjectId: request.id, step: request.handlingLevel };
      clocks.push({ ...base, kind: ACK, dueAt: due });
      const warnBefore = minutesToMs(this.config.sla.helpRequest.warningBeforeMinutes[request.urgency]);
      const warning = new Date(due.getTime() - warnBefore);
      if (warning > now) clocks.push({ ...base, kind: ACK_WARNING, dueAt: warning });
    }
    await this.clocks.schedule(manager, clocks);
  }

  /**
   * Nobody acknowledged in time: each request moves to the next level up that has an account, or,
   * at the top, stays and is reminded again. Set-based: a batch costs a handful of statements.
   */
  private async acknowledgementsMissed(clocks: Clock[], manager: EntityManager, now: Date): Promise<void> {
    const requests = await this.stillWaiting(
      clocks,
      manager,
      (r, clock) => r.status === 'submitted' && r.handlingLevel === clock.step,
    );
    const accounts = new AccountLookup(this.accounts, manager);
    const moves: Array<{
      request: HelpRequest;
      level: HandlingLevel;
      regionCode: string;
      dueAt: Date;
      missed: boolean;
    }> = [];
    for (const request of requests) {
      const next = await this.nextLevelUp(request, accounts);
      const dueAt = this.acknowledgeDueAt(request, now);
      moves.push(
        next
          ? { request, ...next, dueAt, missed: false }
          : { request, level: request.handlingLevel, regionCode: request.handlingRegionCode, dueAt, missed: true },
      );
    }
    const groups = new Map<string, typeof moves>();
    for (const move of moves) {
      const key = `${move.request.handlingLevel}|${move.level}|${move.regionCode}|${move.dueAt.getTime()}`;
      groups.set(key, [...(groups.get(key) ?? []), move]);
    }
    for (const group of groups.values()) {
      const { request, level, regionCode, dueAt } = group[0];
      await this.requests.escalateMany(
        group.map((m) => m.request.id),
        request.handlingLevel,
        { handlingLevel: level, handlingRegionCode: regionCode, dueAt, updatedAt: now },
        manager,
      );
    }
    await this.requests.insertEvents(
      moves.map((m) =>
        m.missed
          ? this.event(m.request, 'deadline_missed', now, m.level, m.regionCode)
          : this.event(m.request, 'escalated', now, m.level, m.regionCode, `missed_${m.request.handlingLevel}`),
      ),
      manager,
    );
    await this.notifications.notifyRegions(
      manager,
      moves.map((m) => ({
        regionCode: m.regionCode,
        kind: m.missed ? 'help_request_deadline' : 'help_request_escalated',
      })),
      accounts,
    );
    await this.scheduleAcknowledgeClocks(
      manager,
      moves.map((m) => ({ ...m.request, handlingLevel: m.level, handlingRegionCode: m.regionCode, dueAt: m.dueAt })),
    );
  }

  private async acknowledgementWarnings(clocks: Clock[], manager: EntityManager): Promise<void> {
    const requests = await this.stillWaiting(
      clocks,
      manager,
      (r, clock) => r.status === 'submitted' && r.handlingLevel === clock.step,
    );
    await this.notifications.notifyRegions(
      manager,
      requests.map((r) => ({ regionCode: r.handlingRegionCode, kind: 'help_request_deadline' })),
      new AccountLookup(this.accounts, manager),
    );
  }

  /** No 强制报告 in time: the county federation is told, and the request shows red everywhere. */
  private async policeReportsMissed(clocks: Clock[], manager: EntityManager, now: Date): Promise<void> {
    const requests = await this.stillWaiting(
      clocks,
      manager,
      (r) => r.policeReportedAt === null && r.status !== 'closed',
    );
    const accounts = new AccountLookup(this.accounts, manager);
    for (const request of requests) {
      if (!(await this.requests.setPoliceReportOverdue(request.id, now, manager))) continue;
      const county = ancestorCode(request.regionCode, 'county')!;
      await this.requests.insertEvents([this.event(request, 'police_report_overdue', now, 'county', county)], manager);
      await this.notifications.notifyRegions(
        manager,
        [{ regionCode: county, kind: 'police_report_overdue' }],
        accounts,
      );
    }
  }

  private async policeReportWarnings(clocks: Clock[], manager: EntityManager): Promise<void> {
    const requests = await this.stillWaiting(
      clocks,
      manager,
      (r) => r.policeReportedAt === null && r.status !== 'closed',
    );
    await this.notifications.notifyRegions(
      manager,
      requests.map((r) => ({ regionCode: r.handlingRegionCode, kind: 'police_report_deadline' })),
      new AccountLookup(this.accounts, manager),
    );
  }

  /** The clocks' requests, locked for this transaction, that still match `waiting`. */
  private async stillWaiting(
    clocks: Clock[],
    manager: EntityManager,
    waiting: (request: HelpRequest, clock: Clock) => boolean,
  ): Promise<HelpRequest[]> {
    const clockOf = new Map(clocks.map((c) => [c.subjectId, c]));
    const requests = await this.requests.lockMany(manager, [...clockOf.keys()]);
    return requests.filter((r) => waiting(r, clockOf.get(r.id)!));
  }

  /** The first level above the current one with an active federation account, or null at the top. */
  private async nextLevelUp(
    request: HelpRequest,
    accounts: AccountLookup,
  ): Promise<{ level: HandlingLevel; regionCode: string } | null> {
    for (const level of LADDER.slice(LADDER.indexOf(request.handlingLevel) + 1)) {
      const code = ancestorCode(request.regionCode, level)!;
      if (level === 'city' || (await accounts.served(code))) return { level, regionCode: code };
    }
    return null;
  }

  private event(
    request: HelpRequest,
    kind: HelpRequestEvent['kind'],
    at: Date,
    level: string,
    regionCode: string,
    data: string | null = null,
  ): HelpRequestEvent {
    return {
      id: timeOrderedId(),
      helpRequestId: request.id,
      at,
      kind,
      actorAccountId: null,
      level,
      regionCode,
      noteSealed: null,
      data,
    };
  }
}
