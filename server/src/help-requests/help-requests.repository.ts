import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, LessThan, Not, type EntityManager } from 'typeorm';
import { whereInScope, type JurisdictionScope } from '../common/jurisdiction/scope';
import type { InboxQueryDto } from './dto/cadre.dto';
import { HelpRequestEvent } from './help-request-event.entity';
import { HelpRequestMessage } from './help-request-message.entity';
import { HelpRequest } from './help-request.entity';
import { PoliceReport } from './police-report.entity';

export type InboxRow = Pick<
  HelpRequest,
  'id' | 'category' | 'status' | 'urgency' | 'regionCode' | 'handlingLevel' | 'createdAt' | 'dueAt'
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

  /** The inbox page: one indexed equality on the scope's level column, newest first. */
  async findInboxPage(scope: JurisdictionScope, filter: InboxQueryDto): Promise<[InboxRow[], number]> {
    const page = filter.page ?? 1;
    const pageSize = filter.pageSize ?? 20;
    const query = this.dataSource.getRepository(HelpRequest).createQueryBuilder('h');
    whereInScope(query, 'h', scope);
    if (filter.status) query.andWhere('h.status = :status', { status: filter.status });
    if (filter.category) query.andWhere('h.category = :category', { category: filter.category });
    if (filter.urgency) query.andWhere('h.urgency = :urgency', { urgency: filter.urgency });
    if (filter.level) query.andWhere('h.handling_level = :level', { level: filter.level });
    const total = await query.clone().getCount();
    const rows = await query
      .select([
        'h.id',
        'h.category',
        'h.status',
        'h.urgency',
        'h.regionCode',
        'h.handlingLevel',
        'h.createdAt',
        'h.dueAt',
      ])
      .orderBy('h.created_at', 'DESC')
      .addOrderBy('h.id', 'DESC')
      .offset((page - 1) * pageSize)
      .limit(pageSize)
      .getMany();
    return [rows, total];
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
}
