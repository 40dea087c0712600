import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, LessThan, type EntityManager } from 'typeorm';
import { whereInScope, type JurisdictionScope } from '../common/jurisdiction/scope';
import { CareFollowUp, CarePairing, CareRecord, CareService } from './care.entities';

const count = (condition: string) => `SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;
const code = (value: unknown) => (value === null ? null : String(value));

@Injectable()
export class CareRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  async insertRecord(record: CareRecord): Promise<void> {
    await this.dataSource.createQueryBuilder().insert().into(CareRecord).values(record).execute();
  }

  findRecord(id: string): Promise<CareRecord | null> {
    return this.dataSource.getRepository(CareRecord).findOneBy({ id });
  }

  async updateRecord(id: string, changes: Partial<Omit<CareRecord, 'id' | 'path'>>, manager?: EntityManager) {
    await this.manager(manager)
      .createQueryBuilder()
      .update(CareRecord)
      .set(changes)
      .where('id = :id', { id })
      .execute();
  }

  /** A page of a jurisdiction's ledger, newest first; `overdue` keeps records with a pairing past due. */
  async findPage(
    scope: JurisdictionScope,
    filter: { status?: CareRecord['status']; overdueAt?: Date; page: number; pageSize: number },
  ): Promise<[CareRecord[], number]> {
    const query = this.dataSource.getRepository(CareRecord).createQueryBuilder('r');
    whereInScope(query, 'r', scope);
    if (filter.status) query.andWhere('r.status = :status', { status: filter.status });
    if (filter.overdueAt) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM care_pairing p WHERE p.care_record_id = r.id AND p.ended_at IS NULL AND p.next_due_at < :now)',
        { now: filter.overdueAt },
      );
    }
    const total = await query.clone().getCount();
    const rows = await query
      .orderBy('r.created_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .offset((filter.page - 1) * filter.pageSize)
      .limit(filter.pageSize)
      .getMany();
    return [rows, total];
  }

  /** Every record of a jurisdiction, for the export (a county holds hundreds, not millions). */
  findAllInScope(scope: JurisdictionScope): Promise<CareRecord[]> {
    const query = this.dataSource.getRepository(CareRecord).createQueryBuilder('r');
    whereInScope(query, 'r', scope);
    return query.orderBy('r.village_code', 'ASC').addOrderBy('r.created_at', 'ASC').getMany();
  }

  async insertService(service: CareService): Promise<void> {
    await this.dataSource.createQueryBuilder().insert().into(CareService).values(service).execute();
  }

  findServices(recordIds: string[]): Promise<CareService[]> {
    if (recordIds.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(CareService)
      .find({ where: { careRecordId: In(recordIds) }, order: { providedOn: 'ASC', id: 'ASC' } });
  }

  async insertPairings(pairings: CarePairing[]): Promise<void> {
    await this.dataSource.createQueryBuilder().insert().into(CarePairing).values(pairings).execute();
  }

  findPairings(recordIds: string[]): Promise<CarePairing[]> {
    if (recordIds.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(CarePairing)
      .find({ where: { careRecordId: In(recordIds) }, order: { startedAt: 'ASC', id: 'ASC' } });
  }

  findPairing(id: string): Promise<CarePairing | null> {
    return this.dataSource.getRepository(CarePairing).findOneBy({ id });
  }

  findActivePairingsOfHelper(helperAccountId: string): Promise<CarePairing[]> {
    return this.dataSource
      .getRepository(CarePairing)
      .find({ where: { helperAccountId, endedAt: IsNull() }, order: { nextDueAt: 'ASC' } });
  }

  /** Active pairings of the records of a jurisdiction, soonest due first. */
  async findActivePairingsInScope(scope: JurisdictionScope, limit: number): Promise<CarePairing[]> {
    const query = this.dataSource
      .getRepository(CarePairing)
      .createQueryBuilder('p')
      .innerJoin(CareRecord, 'r', 'r.id = p.care_record_id')
      .where('p.ended_at IS NULL');
    whereInScope(query, 'r', scope);
    return query.orderBy('p.next_due_at', 'ASC').addOrderBy('p.id', 'ASC').limit(limit).getMany();
  }

  async updatePairing(id: string, changes: Partial<Omit<CarePairing, 'id'>>, manager?: EntityManager) {
    await this.manager(manager)
      .createQueryBuilder()
      .update(CarePairing)
      .set(changes)
      .where('id = :id', { id })
      .execute();
  }

  async endPairingsOf(recordId: string, at: Date, manager?: EntityManager): Promise<void> {
    await this.manager(manager)
      .createQueryBuilder()
      .update(CarePairing)
      .set({ endedAt: at })
      .where('care_record_id = :recordId', { recordId })
      .andWhere('ended_at IS NULL')
      .execute();
  }

  async insertFollowUp(followUp: CareFollowUp, manager?: EntityManager): Promise<void> {
    await this.manager(manager).createQueryBuilder().insert().into(CareFollowUp).values(followUp).execute();
  }

  findFollowUps(recordId: string): Promise<CareFollowUp[]> {
    return this.dataSource
      .getRepository(CareFollowUp)
      .find({ where: { careRecordId: recordId }, order: { visitedOn: 'DESC', id: 'DESC' } });
  }

  findClosedBefore(before: Date, limit: number): Promise<CareRecord[]> {
    return this.dataSource.getRepository(CareRecord).find({
      where: { status: 'closed', closedAt: LessThan(before), purgedAt: IsNull() },
      take: limit,
    });
  }

  /** Erases everything that could identify the child; category, risk and region stay for counts. */
  async eraseIdentifyingFields(id: string, at: Date, manager: EntityManager): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(CareRecord)
      .set({
        childNameSealed: null,
        guardianSituationSealed: null,
        schoolSealed: null,
        notesSealed: null,
        birthYear: null,
        purgedAt: at,
        updatedAt: at,
      })
      .where('id = :id', { id })
      .execute();
    await manager
      .createQueryBuilder()
      .update(CareService)
      .set({ noteSealed: null })
      .where('care_record_id = :id', { id })
      .execute();
    await manager
      .createQueryBuilder()
      .update(CareFollowUp)
      .set({ noteSealed: null })
      .where('care_record_id = :id', { id })
      .execute();
  }

  // Reports: counts per region of a breakdown column, never a child's details

  /** Children in the ledger at the end of [from, to), taken in and closed during it, per category. */
  async countRecordsForReport(
    scope: JurisdictionScope,
    column: string,
    from: Date,
    to: Date,
  ): Promise<
    Array<{ code: string | null; category: CareRecord['category']; inLedger: number; opened: number; closed: number }>
  > {
    const query = this.dataSource
      .getRepository(CareRecord)
      .createQueryBuilder('r')
      .select(`r.${column}`, 'code')
      .addSelect('r.category', 'category')
      .addSelect(count('r.closed_at IS NULL OR r.closed_at >= :to'), 'inLedger')
      .addSelect(count('r.created_at >= :from'), 'opened')
      .addSelect(count('r.closed_at >= :from AND r.closed_at < :to'), 'closed')
      .where('r.created_at < :to', { from, to });
    whereInScope(query, 'r', scope);
    const rows = await query
      .groupBy(`r.${column}`)
      .addGroupBy('r.category')
      .getRawMany<Record<string, string | number | null>>();
    return rows.map((r) => ({
      code: code(r.code),
      category: r.category as CareRecord['category'],
      inLedger: Number(r.inLedger),
      opened: Number(r.opened),
      closed: Number(r.closed),
    }));
  }

  /** Children taken into the ledger in [from, to), counted from the (level, created_at) index alone. */
  countRecordsOpened(scope: JurisdictionScope, from: Date, to: Date): Promise<number> {
    const query = this.dataSource
      .getRepository(CareRecord)
      .createQueryBuilder('r')
      .where('r.created_at >= :from AND r.created_at < :to', { from, to });
    whereInScope(query, 'r', scope);
    return query.getCount();
  }

  /** Pairings active at the end of [from, to), started during it, and past their follow-up date at `overdueAt`. */
  async countPairingsForReport(
    scope: JurisdictionScope,
    column: string,
    from: Date,
    to: Date,
    overdueAt: Date,
  ): Promise<Array<{ code: string | null; active: number; started: number; overdue: number }>> {
    const query = this.dataSource
      .createQueryBuilder()
      .select(`r.${column}`, 'code')
      .addSelect(count('p.ended_at IS NULL OR p.ended_at >= :to'), 'active')
      .addSelect(count('p.started_at >= :from'), 'started')
      .addSelect(count('p.ended_at IS NULL AND p.next_due_at < :overdueAt'), 'overdue')
      .from(CarePairing, 'p')
      .innerJoin(CareRecord, 'r', 'r.id = p.care_record_id')
      .where('p.started_at < :to', { from, to, overdueAt });
    whereInScope(query, 'r', scope);
    const rows = await query.groupBy(`r.${column}`).getRawMany<Record<string, string | number | null>>();
    return rows.map((r) => ({
      code: code(r.code),
      active: Number(r.active),
      started: Number(r.started),
      overdue: Number(r.overdue),
    }));
  }

  /** Follow-up visits made on days in [fromDay, toDay). */
  async countFollowUpsForReport(
    scope: JurisdictionScope,
    column: string,
    fromDay: string,
    toDay: string,
  ): Promise<Array<{ code: string | null; followUps: number }>> {
    const query = this.dataSource
      .createQueryBuilder()
      .select(`r.${column}`, 'code')
      .addSelect('COUNT(*)', 'followUps')
      .from(CareFollowUp, 'f')
      .innerJoin(CareRecord, 'r', 'r.id = f.care_record_id')
      .where('f.visited_on >= :fromDay AND f.visited_on < :toDay', { fromDay, toDay });
    whereInScope(query, 'r', scope);
    const rows = await query.groupBy(`r.${column}`).getRawMany<Record<string, string | number | null>>();
    return rows.map((r) => ({ code: code(r.code), followUps: Number(r.followUps) }));
  }

  /** Services provided on days in [fromDay, toDay), per kind. */
  async countServicesForReport(
    scope: JurisdictionScope,
    column: string,
    fromDay: string,
    toDay: string,
  ): Promise<Array<{ code: string | null; kind: CareService['kind']; services: number }>> {
    const query = this.dataSource
      .createQueryBuilder()
      .select(`r.${column}`, 'code')
      .addSelect('s.kind', 'kind')
      .addSelect('COUNT(*)', 'services')
      .from(CareService, 's')
      .innerJoin(CareRecord, 'r', 'r.id = s.care_record_id')
      .where('s.provided_on >= :fromDay AND s.provided_on < :toDay', { fromDay, toDay });
    whereInScope(query, 'r', scope);
    const rows = await query
      .groupBy(`r.${column}`)
      .addGroupBy('s.kind')
      .getRawMany<Record<string, string | number | null>>();
    return rows.map((r) => ({
      code: code(r.code),
      kind: r.kind as CareService['kind'],
      services: Number(r.services),
    }));
  }
}
