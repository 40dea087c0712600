import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { whereInScope, type JurisdictionScope } from '../common/jurisdiction/scope';
import { MarketEvent } from './market-event.entity';

/** The three things counted per event. */
export type MarketCounter = 'scanCount' | 'quizCount' | 'helpRequestCount';

const COUNTER_COLUMN: Record<MarketCounter, string> = {
  scanCount: 'scan_count',
  quizCount: 'quiz_count',
  helpRequestCount: 'help_request_count',
};

export type MarketEventFields = Pick<
  MarketEvent,
  'marketName' | 'path' | 'eventDate' | 'startTime' | 'endTime' | 'organisers' | 'updatedAt'
>;

@Injectable()
export class MarketsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get events() {
    return this.dataSource.getRepository(MarketEvent);
  }

  async insert(event: MarketEvent): Promise<void> {
    await this.events.insert(event);
  }

  findById(id: string): Promise<MarketEvent | null> {
    return this.events.findOneBy({ id });
  }

  findByCode(code: string): Promise<MarketEvent | null> {
    return this.events.findOneBy({ code });
  }

  async existsById(id: string): Promise<boolean> {
    return (await this.events.countBy({ id })) > 0;
  }

  /** Events of the scope, latest market day first. */
  findPageInScope(scope: JurisdictionScope, offset: number, limit: number): Promise<[MarketEvent[], number]> {
    const query = this.events.createQueryBuilder('m');
    whereInScope(query, 'm', scope);
    return query
      .orderBy('m.eventDate', 'DESC')
      .addOrderBy('m.startTime', 'DESC')
      .addOrderBy('m.id', 'ASC')
      .skip(offset)
      .take(limit)
      .getManyAndCount();
  }

  async update(id: string, fields: Partial<MarketEventFields>): Promise<void> {
    await this.events.update({ id }, fields);
  }

  /** Cancels unless already cancelled; true when this call did it. */
  async cancel(id: string, at: Date): Promise<boolean> {
    const result = await this.events.update(
      { id, status: 'scheduled' },
      { status: 'cancelled', cancelledAt: at, updatedAt: at },
    );
    return result.affected === 1;
  }

  /** One counter up by one, in the database (several server instances count together); false if no such event. */
  async increment(
    where: { id: string } | { code: string },
    counter: MarketCounter,
    manager?: EntityManager,
  ): Promise<boolean> {
    const column = COUNTER_COLUMN[counter];
    const [key, value] = 'id' in where ? ['id', where.id] : ['code', where.code];
    const result = await (manager ? manager.getRepository(MarketEvent) : this.events)
      .createQueryBuilder()
      .update(MarketEvent)
      .set({ [counter]: () => `${column} + 1` })
      .where(`${key} = :value`, { value })
      .execute();
    return result.affected === 1;
  }

  /**
   * Reports: events held (not cancelled) on market days in [fromDay, toDay) in the scope, per region
   * of `column`, with their counters summed.
   */
  async countForReport(
    scope: JurisdictionScope,
    column: string,
    fromDay: string,
    toDay: string,
  ): Promise<Array<{ code: string | null; events: number; scans: number; quizzes: number; helpRequests: number }>> {
    const query = this.events
      .createQueryBuilder('m')
      .select(`m.${column}`, 'code')
      .addSelect('COUNT(*)', 'events')
      .addSelect('COALESCE(SUM(m.scan_count), 0)', 'scans')
      .addSelect('COALESCE(SUM(m.quiz_count), 0)', 'quizzes')
      .addSelect('COALESCE(SUM(m.help_request_count), 0)', 'helpRequests')
      .where('m.event_date >= :fromDay AND m.event_date < :toDay', { fromDay, toDay })
      .andWhere("m.status = 'scheduled'");
    whereInScope(query, 'm', scope);
    const rows = await query.groupBy(`m.${column}`).getRawMany<Record<string, string | number | null>>();
    return rows.map((r) => ({
      code: r.code === null ? null : String(r.code),
      events: Number(r.events),
      scans: Number(r.scans),
      quizzes: Number(r.quizzes),
      helpRequests: Number(r.helpRequests),
    }));
  }
}
