import { Injectable } from '@nestjs/common';
import { timeOrderedId } from '../common/ids';
import type { HelpStatus } from '@hulei/shared';
import { AuditService } from '../audit/audit.service';
import { DataCipher } from '../common/crypto/data-cipher';
import { AppError } from '../common/errors/app-error';
import { notFoundOutsideScope, type JurisdictionScope } from '../common/jurisdiction/scope';
import { TtlCache } from '../common/ttl-cache';
import { inTransaction } from '../database/transactions';
import { DataSource, type EntityManager } from 'typeorm';
import { AccountsService } from '../identity/accounts.service';
import type { Cadre } from '../identity/auth/cadre';
import { JurisdictionService } from '../identity/jurisdiction.service';
import { TOWN_AND_ABOVE } from '../identity/roles';
import { RegionsService } from '../regions/regions.service';
import type {
  ChangeStatusDto,
  CloseResultDto,
  ClosureReviewDto,
  HelpRequestDetailDto,
  InboxPageDto,
  InboxQueryDto,
  RecordPoliceReportDto,
  ReferralDto,
} from './dto/cadre.dto';
import type { HelpEventKind, HelpRequestEvent } from './help-request-event.entity';
import type { HelpRequest } from './help-request.entity';
import { HelpRequestClocks } from './help-request-clocks';
import { HelpRequestsRepository, type HelpReportDetailRow, type HelpReportRow } from './help-requests.repository';
import { SEALED } from './sealed-columns';

/** Statuses in which a request is being worked on (acknowledged and not yet closed). */
const WORKING: readonly HelpStatus[] = ['acknowledged', 'in_progress', 'referred', 'resolved'];
const OPEN: readonly HelpStatus[] = ['submitted', ...WORKING];

/** The federation's side: inbox, detail, and every step of handling a request. */
@Injectable()
export class CadreHelpRequestsService {
  private readonly totals = new TtlCache<number>(5000);

  constructor(
    private readonly requests: HelpRequestsRepository,
    private readonly jurisdiction: JurisdictionService,
    private readonly accounts: AccountsService,
    private readonly regions: RegionsService,
    private readonly cipher: DataCipher,
    private readonly dataSource: DataSource,
    private readonly helpClocks: HelpRequestClocks,
    private readonly audit: AuditService,
  ) {}

  /** For reports: counts of the requests received in [from, to), per region of `column` (no content). */
  countsForReport(scope: JurisdictionScope, column: string, from: Date, to: Date): Promise<HelpReportRow[]> {
    return this.requests.countForReport(scope, column, from, to);
  }

  /** For a county's detail list: the requests received in [from, to), without any free text. */
  detailsForReport(scope: JurisdictionScope, from: Date, to: Date, limit: number): Promise<HelpReportDetailRow[]> {
    return this.requests.findForReport(scope, from, to, limit);
  }

  async inbox(cadre: Cadre, query: InboxQueryDto): Promise<InboxPageDto> {
    const { page: _page, pageSize: _pageSize, ...filters } = query;
    const [rows, total] = await Promise.all([
      this.requests.findInboxPage(cadre.scope, query),
      // Counting a county's 100,000 requests on every page turn would dominate the inbox: a large
      // total is remembered for 5 s (new requests show in the items at once); small ones are exact.
      this.totals.get(
        `${cadre.scope.code}|${JSON.stringify(filters)}`,
        () => this.requests.countInbox(cadre.scope, query),
        (total) => total >= 1000,
      ),
    ]);
    const names = await this.regions.namesOf(rows.map((r) => r.regionCode));
    return {
      items: rows.map(({ policeReportOverdueAt, policeReportedAt, ...row }) => ({
        ...row,
        regionName: names.get(row.regionCode) ?? row.regionCode,
        policeReportOverdue: policeReportOverdueAt !== null && policeReportedAt === null,
      })),
      total,
    };
  }

  /** The whole request, decrypted; every read is audited. */
  async detail(cadre: Cadre, id: string): Promise<HelpRequestDetailDto> {
    const request = await this.requireInScope(cadre, id);
    await this.jurisdiction.recordRead(cadre, request.regionCode, { type: 'help_request', id });
    return this.toDetail(request);
  }

  async acknowledge(cadre: Cadre, id: string): Promise<HelpRequestDetailDto> {
    const request = await this.requireInScope(cadre, id);
    if (request.status !== 'submitted') throw new AppError('CONFLICT', '这条求助已经受理过了');
    await this.change(
      cadre,
      request,
      ['submitted'],
      { status: 'acknowledged', acknowledgedAt: new Date(), acknowledgedBy: cadre.accountId, dueAt: null },
      'acknowledged',
      undefined,
      undefined,
      (manager, at) => this.helpClocks.onAcknowledged(manager, request, at),
    );
    return this.detailAfterChange(id);
  }

  async reply(cadre: Cadre, id: string, body: string): Promise<void> {
    const request = await this.requireInScope(cadre, id);
    if (request.status === 'closed') throw new AppError('CONFLICT', '这条求助已经结案，不能再回复');
    const now = new Date();
    await inTransaction(this.dataSource, async (manager) => {
      await this.requests.insertMessage(
        {
          id: timeOrderedId(),
          helpRequestId: id,
          at: now,
          sender: 'cadre',
          accountId: cadre.accountId,
          bodySealed: this.cipher.seal(body, SEALED.message),
        },
        manager,
      );
      await this.requests.insertEvents([this.event(cadre, request, 'cadre_message', now)], manager);
    });
  }

  async changeStatus(cadre: Cadre, id: string, input: ChangeStatusDto): Promise<HelpRequestDetailDto> {
    const request = await this.requireInScope(cadre, id);
    this.requireAcknowledged(request);
    const now = new Date();
    await this.change(
      cadre,
      request,
      WORKING,
      { status: input.status, resolvedAt: input.status === 'resolved' ? now : request.resolvedAt },
      'status_changed',
      input.note,
      input.status,
    );
    return this.detailAfterChange(id);
  }

  async refer(cadre: Cadre, id: string, input: ReferralDto): Promise<HelpRequestDetailDto> {
    const request = await this.requireInScope(cadre, id);
    this.requireAcknowledged(request);
    await this.change(cadre, request, WORKING, { status: 'referred' }, 'referred', input.note, input.department);
    return this.detailAfterChange(id);
  }

  /** The 强制报告 record. Reporting to the police comes first: it may precede acknowledgement. */
  async recordPoliceReport(cadre: Cadre, id: string, input: RecordPoliceReportDto): Promise<HelpRequestDetailDto> {
    const request = await this.requireInScope(cadre, id);
    if (request.status === 'closed') throw new AppError('CONFLICT', '这条求助已经结案');
    if (input.reportedAt.getTime() > Date.now() + 5 * 60 * 1000) {
      throw AppError.validation('reportedAt', '报告时间不能晚于现在');
    }
    const now = new Date();
    await inTransaction(this.dataSource, async (manager) => {
      await this.requests.insertPoliceReport(
        {
          id: timeOrderedId(),
          helpRequestId: id,
          policeStationSealed: this.cipher.seal(input.policeStation, SEALED.policeStation),
          referenceSealed: this.cipher.sealOptional(input.reference, SEALED.policeReference),
          reportedAt: input.reportedAt,
          recordedBy: cadre.accountId,
          createdAt: now,
        },
        manager,
      );
      const changes: Partial<HelpRequest> = {
        policeReportedAt: request.policeReportedAt ?? input.reportedAt,
        updatedAt: now,
      };
      if (request.status === 'submitted')
        Object.assign(changes, {
          status: 'acknowledged',
          acknowledgedAt: now,
          acknowledgedBy: cadre.accountId,
          dueAt: null,
        });
      if (!(await this.requests.updateIf(id, OPEN, changes, manager)))
        throw new AppError('CONFLICT', '这条求助刚被别人改过，请刷新');
      await this.requests.insertEvents([this.event(cadre, request, 'police_report', now)], manager);
      await this.helpClocks.onPoliceReported(manager, request);
    });
    return this.detailAfterChange(id);
  }

  /**
   * Closes a request. A sexual-abuse request without a police report needs a written reason, and
   * when a village closes it the town must review it first (closurePending).
   */
  async close(cadre: Cadre, id: string, reason: string | undefined): Promise<CloseResultDto> {
    const request = await this.requireInScope(cadre, id);
    this.requireAcknowledged(request);
    const needsReason = request.category === 'sexual_abuse' && request.policeReportedAt === null;
    if (needsReason && !reason) {
      throw AppError.validation('reason', '性侵害类求助尚未做强制报告：请写明不报告的理由，由乡镇审核');
    }
    const now = new Date();
    if (needsReason && !TOWN_AND_ABOVE.includes(cadre.role)) {
      if (request.closureRequestedAt) throw new AppError('CONFLICT', '已申请结案，正在等待乡镇审核');
      await this.change(
        cadre,
        request,
        WORKING,
        { closureRequestedAt: now, closureReasonSealed: this.cipher.seal(reason!, SEALED.closureReason) },
        'closure_requested',
        reason,
      );
      return { status: request.status, closurePending: true };
    }
    await this.change(
      cadre,
      request,
      WORKING,
      {
        status: 'closed',
        closedAt: now,
        resolvedAt: request.resolvedAt ?? now,
        closureRequestedAt: null,
        closureReasonSealed: reason ? this.cipher.seal(reason, SEALED.closureReason) : request.closureReasonSealed,
      },
      'closed',
      reason,
      undefined,
      (manager) => this.helpClocks.onClosed(manager, request),
    );
    return { status: 'closed', closurePending: false };
  }

  /** The town (or above) approves a village's closure without a police report, or returns it. */
  async reviewClosure(cadre: Cadre, id: string, input: ClosureReviewDto): Promise<CloseResultDto> {
    const request = await this.requireInScope(cadre, id);
    if (!request.closureRequestedAt || request.status === 'closed')
      throw new AppError('CONFLICT', '没有待审核的结案申请');
    const now = new Date();
    if (input.approve) {
      await this.change(
        cadre,
        request,
        WORKING,
        { status: 'closed', closedAt: now, resolvedAt: request.resolvedAt ?? now, closureRequestedAt: null },
        'closure_approved',
        input.comment,
        undefined,
        (manager) => this.helpClocks.onClosed(manager, request),
      );
      return { status: 'closed', closurePending: false };
    }
    await this.change(cadre, request, WORKING, { closureRequestedAt: null }, 'closure_returned', input.comment);
    return { status: request.status, closurePending: false };
  }

  /**
   * Erases a request's free text now (on the requester's asking, or the town's decision); the
   * counts stay for reports. Town and above only, audited.
   */
  async erase(cadre: Cadre, id: string, reason: string): Promise<HelpRequestDetailDto> {
    const request = await this.requireInScope(cadre, id);
    if (request.purgedAt) throw new AppError('CONFLICT', '这条求助的内容已经删除了');
    const now = new Date();
    await inTransaction(this.dataSource, async (manager) => {
      await this.requests.eraseFreeText(id, now, manager);
      await this.requests.insertEvents([this.event(cadre, request, 'erased', now, reason)], manager);
      await this.helpClocks.onClosed(manager, request);
    });
    await this.audit.record({
      action: 'help_request_erased',
      outcome: 'ok',
      actor: cadre,
      subject: { type: 'help_request', id },
      regionCode: request.regionCode,
    });
    return this.detailAfterChange(id);
  }

  private requireAcknowledged(request: HelpRequest): void {
    if (request.status === 'submitted') throw new AppError('CONFLICT', '请先受理这条求助');
    if (request.status === 'closed') throw new AppError('CONFLICT', '这条求助已经结案');
  }

  /** One guarded update and its timeline event, together. */
  private async change(
    cadre: Cadre,
    request: HelpRequest,
    from: readonly HelpStatus[],
    changes: Partial<HelpRequest>,
    kind: HelpEventKind,
    note?: string,
    data?: string,
    after?: (manager: EntityManager, at: Date) => Promise<void>,
  ): Promise<void> {
    const now = new Date();
    await inTransaction(this.dataSource, async (manager) => {
      if (!(await this.requests.updateIf(request.id, from, { ...changes, updatedAt: now }, manager))) {
        throw new AppError('CONFLICT', '这条求助刚被别人改过，请刷新后再试');
      }
      await this.requests.insertEvents([this.event(cadre, request, kind, now, note, data)], manager);
      await after?.(manager, now);
    });
  }

  private async requireInScope(cadre: Cadre, id: string): Promise<HelpRequest> {
    const request = await this.requests.findById(id);
    if (!request) throw notFoundOutsideScope();
    await this.jurisdiction.assertWithin(cadre, request.regionCode, { type: 'help_request', id });
    return request;
  }

  private async detailAfterChange(id: string): Promise<HelpRequestDetailDto> {
    return this.toDetail((await this.requests.findById(id))!);
  }

  private async toDetail(request: HelpRequest): Promise<HelpRequestDetailDto> {
    const [events, messages, reports, region] = await Promise.all([
      this.requests.findEvents(request.id),
      this.requests.findMessages(request.id),
      this.requests.findPoliceReports(request.id),
      this.regions.getRegion(request.regionCode).catch(() => null),
    ]);
    const names = await this.accounts.namesOf(
      [...events.map((e) => e.actorAccountId), ...messages.map((m) => m.accountId)].filter(
        (id): id is string => id !== null,
      ),
    );
    const open = (sealed: string | null, context: string) => this.cipher.openOptional(sealed, context);
    return {
      id: request.id,
      category: request.category,
      status: request.status,
      urgency: request.urgency,
      regionCode: request.regionCode,
      regionName: region?.name ?? request.regionCode,
      handlingLevel: request.handlingLevel,
      requesterRole: request.requesterRole,
      createdAt: request.createdAt,
      dueAt: request.dueAt,
      acknowledgedAt: request.acknowledgedAt,
      description: open(request.descriptionSealed, SEALED.description),
      contactPhone: open(request.contactPhoneSealed, SEALED.contactPhone),
      policeReported: request.policeReportedAt !== null,
      policeReportOverdue: request.policeReportOverdueAt !== null && request.policeReportedAt === null,
      closurePending: request.closureRequestedAt !== null,
      erasureRequested: request.purgedAt === null && events.some((e) => e.kind === 'erasure_requested'),
      erased: request.purgedAt !== null,
      closureReason: open(request.closureReasonSealed, SEALED.closureReason),
      messages: messages
        .filter((m) => m.bodySealed !== null)
        .map((m) => ({
          from: m.sender,
          body: this.cipher.open(m.bodySealed!, SEALED.message),
          createdAt: m.at,
          authorName: m.accountId ? names.get(m.accountId) : undefined,
        })),
      events: events.map((e) => ({
        kind: e.kind,
        at: e.at,
        level: e.level,
        regionCode: e.regionCode,
        actorName: e.actorAccountId ? names.get(e.actorAccountId) : undefined,
        note: open(e.noteSealed, SEALED.eventNote) ?? undefined,
        data: e.data ?? undefined,
      })),
      policeReports: reports.map((r) => ({
        policeStation: open(r.policeStationSealed, SEALED.policeStation),
        reportedAt: r.reportedAt,
        reference: open(r.referenceSealed, SEALED.policeReference),
      })),
    };
  }

  private event(
    cadre: Cadre,
    request: HelpRequest,
    kind: HelpEventKind,
    at: Date,
    note?: string,
    data?: string,
  ): HelpRequestEvent {
    return {
      id: timeOrderedId(),
      helpRequestId: request.id,
      at,
      kind,
      actorAccountId: cadre.accountId,
      level: request.handlingLevel,
      regionCode: request.handlingRegionCode,
      noteSealed: this.cipher.sealOptional(note, SEALED.eventNote),
      data: data ?? null,
    };
  }
}
