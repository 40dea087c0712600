import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, LessThan, Not, type EntityManager } from 'typeorm';
import { whereInScope, type JurisdictionScope } from '../common/jurisdiction/scope';
import { isSqlite } from '../database/data-source';
import type { InboxQueryDto } from './dto/cadre.dto';
import { HelpRequestEvent } from './help-request-event.entity';
import { HelpRequestMessage } from './help-request-message.entity';
import { HelpRequest } from './help-request.entity';
import { PoliceReport } from './police-report.entity';

/** Requests received in a period, counted per region of a breakdown column, category and urgency. */
export interface HelpReportRow {
  code: string | null;
  category: HelpRequest['category'];
  urgency: HelpRequest['urgency'];
  received: number;
  fromVisits: number;
  acknowledged: number;
  /** Acknowledged before any deadline was missed (no escalation, no missed deadline on its timeline). */
  inTime: number;
  escalated: number;
  referred: number;
  policeReported: number;
  /** 强制报告 made before its deadline passed. */
  policeInTime: number;
  /** Deadline passed and still no 强制报告. */
  policeOverdue: number;
  resolved: number;
}

/** One request of a county's detail list: no free text, no requester. */
export type HelpReportDetailRow = Pick<
  HelpRequest,
  | 'id'
  | 'regionCode'
  | 'category'
  | 'urgency'
  | 'origin'
  | 'status'
  | 'handlingLevel'
  | 'createdAt'
  | 'acknowledgedAt'
  | 'policeReportedAt'
  | 'policeReportOverdueAt'
  | 'resolvedAt'
  | 'closedAt'
> & { escalations: number; missedDeadlines: number };

const EVENT_OF = (kinds: string) =>
  `EXISTS (SELECT 1 FROM help_request_event e WHERE e.help_request_id = h.id AND e.kind IN (${kinds}))`;

export type InboxRow = Pick<
  HelpRequest,
  | 'id'
  | 'category'
  | 'status'
  | 'urgency'
  | 'regionCode'
  | 'handlingLevel'
  | 'createdAt'
  | 'dueAt'
  | 'policeReportOverdueAt'
  | 'policeReportedAt'
>;

@Injectable()
export class HelpRequestsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  async insert(request: HelpRequest, manager?: EntityManager): Promise<void> {
    await this.manager(manager).createQueryBuilder().insert().into(HelpRequest).values(request).execute();
  }

  async insertEvents(events: HelpRequestEvent[], manager?: EntityManager): Promise<void> {
    if (events.length === 0) return;
    await this.manager(manager).createQueryBuilder().insert().into(HelpRequestEvent).values(events).execute();
  }

  async insertMessage(message: HelpRequestMessage, manager?: EntityManager): Promise<void> {
    await this.manager(manager).createQueryBuilder().insert().into(HelpRequestMessage).values(message).execute();
  }

  async insertPoliceReport(report: PoliceReport, manager?: EntityManager): Promise<void> {
    await this.manager(manager).createQueryBuilder().insert().into(PoliceReport).values(report).execute();
  }

  findById(id: string): Promise<HelpRequest | null> {
    return this.dataSource.getRepository(HelpRequest).findOneBy({ id });
  }

  findByReceiptHash(receiptHash: string): Promise<HelpRequest | null> {
    return this.dataSource.getRepository(HelpRequest).findOneBy({ receiptHash });
  }

  /**
   * Changes a request only if it is still in one of `fromStatuses` (a concurrent change wins
   * once). Resolves with whether it changed.
   */
  async updateIf(
    id: string,
    fromStatuses: readonly HelpRequest['status'][],
    changes: Partial<Omit<HelpRequest, 'id' | 'path'>>,
    manager?: EntityManager,
  ): Promise<boolean> {
    const result = await this.manager(manager)
      .createQueryBuilder()
      .update(HelpRequest)
      .set(changes)
      .where('id = :id', { id })
      .andWhere('status IN (:...fromStatuses)', { fromStatuses })
      .execute();
    return result.affected === 1;
  }

  /** Moves a still-unacknowledged request up the ladder, only if it is still at `fromLevel`. */
  async escalateIf(
    id: string,
    fromLevel: HelpRequest['handlingLevel'],
    changes: Pick<HelpRequest, 'handlingLevel' | 'handlingRegionCode' | 'dueAt' | 'updatedAt'>,
    manager: EntityManager,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(HelpRequest)
      .set(changes)
      .where('id = :id AND status = :status AND handling_level = :fromLevel', { id, status: 'submitted', fromLevel })
      .execute();
    return result.affected === 1;
  }

  findByIdWith(manager: EntityManager, id: string): Promise<HelpRequest | null> {
    return manager.getRepository(HelpRequest).findOneBy({ id });
  }

  /** Requests by id, locked for the caller's transaction (a concurrent acknowledgement waits). */
  lockMany(manager: EntityManager, ids: string[]): Promise<HelpRequest[]> {
    if (ids.length === 0) return Promise.resolve([]);
    const query = manager.getRepository(HelpRequest).createQueryBuilder('h').where('h.id IN (:...ids)', { ids });
    if (!isSqlite(this.dataSource)) query.setLock('pessimistic_write');
    return query.getMany();
  }

  /** Moves locked, still-unacknowledged requests from one level to another, in one statement. */
  async escalateMany(
    ids: string[],
    fromLevel: HelpRequest['handlingLevel'],
    changes: Pick<HelpRequest, 'handlingLevel' | 'handlingRegionCode' | 'dueAt' | 'updatedAt'>,
    manager: EntityManager,
  ): Promise<void> {
    if (ids.length === 0) return;
    await manager
      .createQueryBuilder()
      .update(HelpRequest)
      .set(changes)
      .where('id IN (:...ids) AND status = :status AND handling_level = :fromLevel', {
        ids,
        status: 'submitted',
        fromLevel,
      })
      .execute();
  }

  async setPoliceReportOverdue(id: string, at: Date, manager: EntityManager): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(HelpRequest)
      .set({ policeReportOverdueAt: at })
      .where('id = :id AND police_reported_at IS NULL AND police_report_overdue_at IS NULL', { id })
      .execute();
    return result.affected === 1;
  }

  private inboxQuery(scope: JurisdictionScope, filter: InboxQueryDto) {
    const query = this.dataSource.getRepository(HelpRequest).createQueryBuilder('h');
    whereInScope(query, 'h', scope);
    if (filter.status) query.andWhere('h.status = :status', { status: filter.status });
    if (filter.category) query.andWhere('h.category = :category', { category: filter.category });
    if (filter.urgency) query.andWhere('h.urgency = :urgency', { urgency: filter.urgency });
    if (filter.level) query.andWhere('h.handling_level = :level', { level: filter.level });
    if (filter.overdue) {
      query.andWhere(
        "((h.status = 'submitted' AND h.due_at < :now) OR (h.police_report_overdue_at IS NOT NULL AND h.police_reported_at IS NULL))",
        { now: new Date() },
      );
    }
    return query;
  }

  /** The inbox page: one indexed equality on the scope's level column, newest first. */
  findInboxPage(scope: JurisdictionScope, filter: InboxQueryDto): Promise<InboxRow[]> {
    const page = filter.page ?? 1;
    const pageSize = filter.pageSize ?? 20;
    return this.inboxQuery(scope, filter)
      .select([
        'h.id',
        'h.category',
        'h.status',
        'h.urgency',
        'h.regionCode',
        'h.handlingLevel',
        'h.createdAt',
        'h.dueAt',
        'h.policeReportOverdueAt',
        'h.policeReportedAt',
      ])
      .orderBy('h.created_at', 'DESC')
      .addOrderBy('h.id', 'DESC')
      .offset((page - 1) * pageSize)
      .limit(pageSize)
      .getMany();
  }

  countInbox(scope: JurisdictionScope, filter: InboxQueryDto): Promise<number> {
    return this.inboxQuery(scope, filter).getCount();
  }

  findEvents(helpRequestId: string): Promise<HelpRequestEvent[]> {
    return this.dataSource
      .getRepository(HelpRequestEvent)
      .find({ where: { helpRequestId }, order: { at: 'ASC', id: 'ASC' } });
  }

  findMessages(helpRequestId: string): Promise<HelpRequestMessage[]> {
    return this.dataSource
      .getRepository(HelpRequestMessage)
      .find({ where: { helpRequestId }, order: { at: 'ASC', id: 'ASC' } });
  }

  findPoliceReports(helpRequestId: string): Promise<PoliceReport[]> {
    return this.dataSource.getRepository(PoliceReport).find({ where: { helpRequestId }, order: { reportedAt: 'ASC' } });
  }

  /** Closed requests whose free text is due for erasure. */
  findClosedBefore(before: Date, limit: number): Promise<HelpRequest[]> {
    return this.dataSource.getRepository(HelpRequest).find({
      where: { status: 'closed', closedAt: LessThan(before), purgedAt: IsNull() },
      take: limit,
    });
  }

  /** Erases every piece of free text of one request, in one transaction. */
  async eraseFreeText(id: string, at: Date, manager: EntityManager): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(HelpRequest)
      .set({ descriptionSealed: null, contactPhoneSealed: null, closureReasonSealed: null, purgedAt: at })
      .where('id = :id', { id })
      .execute();
    await manager
      .createQueryBuilder()
      .update(HelpRequestMessage)
      .set({ bodySealed: null })
      .where('help_request_id = :id', { id })
      .execute();
    await manager
      .createQueryBuilder()
      .update(HelpRequestEvent)
      .set({ noteSealed: null })
      .where('help_request_id = :id', { id })
      .andWhere({ noteSealed: Not(IsNull()) })
      .execute();
    await manager
      .createQueryBuilder()
      .update(PoliceReport)
      .set({ policeStationSealed: null, referenceSealed: null })
      .where('help_request_id = :id', { id })
      .execute();
  }

  /**
   * Reports: requests received in [from, to) in the scope, per region of `column`, category and
   * urgency, with what happened to them since. One pass over the (level, created_at) index.
   */
  async countForReport(scope: JurisdictionScope, column: string, from: Date, to: Date): Promise<HelpReportRow[]> {
    const missed = EVENT_OF("'escalated', 'deadline_missed'");
    const count = (condition: string) => `SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;
    const query = this.dataSource
      .getRepository(HelpRequest)
      .createQueryBuilder('h')
      .select(`h.${column}`, 'code')
      .addSelect('h.category', 'category')
      .addSelect('h.urgency', 'urgency')
      .addSelect('COUNT(*)', 'received')
      .addSelect(count("h.origin = 'visit'"), 'fromVisits')
      .addSelect(count('h.acknowledged_at IS NOT NULL'), 'acknowledged')
      .addSelect(count(`h.acknowledged_at IS NOT NULL AND NOT ${missed}`), 'inTime')
      .addSelect(count(EVENT_OF("'escalated'")), 'escalated')
      .addSelect(count(EVENT_OF("'referred'")), 'referred')
      .addSelect(count('h.police_reported_at IS NOT NULL'), 'policeReported')
      .addSelect(count('h.police_reported_at IS NOT NULL AND h.police_report_overdue_at IS NULL'), 'policeInTime')
      .addSelect(count('h.police_reported_at IS NULL AND h.police_report_overdue_at IS NOT NULL'), 'policeOverdue')
      .addSelect(count("h.resolved_at IS NOT NULL OR h.status IN ('resolved', 'closed')"), 'resolved')
      .where('h.created_at >= :from AND h.created_at < :to', { from, to });
    whereInScope(query, 'h', scope);
    const rows = await query
      .groupBy(`h.${column}`)
      .addGroupBy('h.category')
      .addGroupBy('h.urgency')
      .getRawMany<Record<string, string | number | null>>();
    return rows.map((r) => ({
      code: r.code === null ? null : String(r.code),
      category: r.category as HelpRequest['category'],
      urgency: r.urgency as HelpRequest['urgency'],
      received: Number(r.received),
      fromVisits: Number(r.fromVisits),
      acknowledged: Number(r.acknowledged),
      inTime: Number(r.inTime),
      escalated: Number(r.escalated),
      referred: Number(r.referred),
      policeReported: Number(r.policeReported),
      policeInTime: Number(r.policeInTime),
      policeOverdue: Number(r.policeOverdue),
      resolved: Number(r.resolved),
    }));
  }

  /** A county's detail list: requests received in [from, to), oldest first, at most `limit`. */
  async findForReport(scope: JurisdictionScope, from: Date, to: Date, limit: number): Promise<HelpReportDetailRow[]> {
    const query = this.dataSource
      .getRepository(HelpRequest)
      .createQueryBuilder('h')
      .select([
        'h.id',
        'h.regionCode',
        'h.category',
        'h.urgency',
        'h.origin',
        'h.status',
        'h.handlingLevel',
        'h.createdAt',
        'h.acknowledgedAt',
        'h.policeReportedAt',
        'h.policeReportOverdueAt',
        'h.resolvedAt',
        'h.closedAt',
      ])
      .addSelect(
        "(SELECT COUNT(*) FROM help_request_event e WHERE e.help_request_id = h.id AND e.kind = 'escalated')",
        'escalations',
      )
      .addSelect(
        "(SELECT COUNT(*) FROM help_request_event e WHERE e.help_request_id = h.id AND e.kind IN ('escalated', 'deadline_missed'))",
        'missedDeadlines',
      )
      .where('h.created_at >= :from AND h.created_at < :to', { from, to });
    whereInScope(query, 'h', scope);
    const { entities, raw } = await query
      .orderBy('h.created_at', 'ASC')
      .addOrderBy('h.id', 'ASC')
      .limit(limit)
      .getRawAndEntities<{ escalations: string | number; missedDeadlines: string | number }>();
    return entities.map((h, i) => ({
      id: h.id,
      regionCode: h.regionCode,
      category: h.category,
      urgency: h.urgency,
      origin: h.origin,
      status: h.status,
      handlingLevel: h.handlingLevel,
      createdAt: h.createdAt,
      acknowledgedAt: h.acknowledgedAt,
      policeReportedAt: h.policeReportedAt,
      policeReportOverdueAt: h.policeReportOverdueAt,
      resolvedAt: h.resolvedAt,
      closedAt: h.closedAt,
      escalations: Number(raw[i].escalations),
      missedDeadlines: Number(raw[i].missedDeadlines),
    }));
  }
}
