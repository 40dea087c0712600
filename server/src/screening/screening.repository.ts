import { Injectable } from '@nestjs/common';
import type { ChecklistItemId } from '@hulei/shared';
import { DataSource, In, type EntityManager } from 'typeorm';
import { whereInScope, type JurisdictionScope } from '../common/jurisdiction/scope';
import {
  Campaign,
  Grid,
  GridWorker,
  Household,
  HouseholdChild,
  HouseholdTally,
  Visit,
  VisitConcern,
  VisitTally,
} from './screening.entities';
import { regionPathOf } from '../common/jurisdiction/region-path';

const INSERT_CHUNK = 500;

export interface CoverageRow {
  code: string | null;
  total: number;
  visited: number;
}

/** The region-path column one level below `column`, by which coverage is broken down. */
const CHILD_COLUMN: Record<string, string> = {
  province_code: 'city_code',
  city_code: 'county_code',
  county_code: 'town_code',
  town_code: 'village_code',
  village_code: 'grid_id',
};

@Injectable()
export class ScreeningRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  private async insertChunked<T extends object>(
    entity: new () => T,
    rows: T[],
    manager?: EntityManager,
  ): Promise<void> {
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      await this.manager(manager)
        .createQueryBuilder()
        .insert()
        .into(entity)
        .values(rows.slice(i, i + INSERT_CHUNK) as never)
        .execute();
    }
  }

  // Grids

  findGrid(id: string): Promise<Grid | null> {
    return this.dataSource.getRepository(Grid).findOneBy({ id });
  }

  findGridsOfVillage(villageCode: string): Promise<Grid[]> {
    return this.dataSource
      .getRepository(Grid)
      .find({ where: { path: { villageCode } }, order: { createdAt: 'ASC', name: 'ASC' } });
  }

  findGridsByIds(ids: string[]): Promise<Grid[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(Grid).findBy({ id: In(ids) });
  }

  async insertGrids(grids: Grid[], manager?: EntityManager): Promise<void> {
    await this.insertChunked(Grid, grids, manager);
  }

  findWorkersOfGrids(gridIds: string[]): Promise<GridWorker[]> {
    if (gridIds.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(GridWorker).findBy({ gridId: In(gridIds) });
  }

  async gridIdsOfWorker(accountId: string): Promise<string[]> {
    const rows = await this.dataSource.getRepository(GridWorker).findBy({ accountId });
    return rows.map((r) => r.gridId);
  }

  async insertGridWorker(row: GridWorker): Promise<void> {
    await this.dataSource.createQueryBuilder().insert().into(GridWorker).values(row).orIgnore().execute();
  }

  async deleteGridWorker(gridId: string, accountId: string): Promise<void> {
    await this.dataSource.getRepository(GridWorker).delete({ gridId, accountId });
  }

  async countHouseholdsByGrid(villageCode: string): Promise<Map<string | null, number>> {
    const rows: Array<{ gridId: string | null; n: number | string }> = await this.dataSource
      .getRepository(Household)
      .createQueryBuilder('h')
      .select('h.grid_id', 'gridId')
      .addSelect('COUNT(*)', 'n')
      .where('h.village_code = :villageCode', { villageCode })
      .groupBy('h.grid_id')
      .getRawMany();
    return new Map(rows.map((r) => [r.gridId, Number(r.n)]));
  }

  // Households

  /** Inserts households of one village and their children, and counts them in the village's tally. */
  async insertHouseholds(
    villageCode: string,
    households: Household[],
    children: HouseholdChild[],
    manager: EntityManager,
  ): Promise<void> {
    await this.insertChunked(Household, households, manager);
    await this.insertChunked(HouseholdChild, children, manager);
    await manager
      .createQueryBuilder()
      .insert()
      .into(HouseholdTally)
      .values({ regionCode: villageCode, path: regionPathOf(villageCode), households: 0 })
      .orIgnore()
      .execute();
    await manager
      .createQueryBuilder()
      .update(HouseholdTally)
      .set({ households: () => `households + ${Number(households.length)}` })
      .where('region_code = :villageCode', { villageCode })
      .execute();
  }

  findHousehold(id: string): Promise<Household | null> {
    return this.dataSource.getRepository(Household).findOneBy({ id });
  }

  findChildren(householdId: string): Promise<HouseholdChild[]> {
    return this.dataSource.getRepository(HouseholdChild).find({ where: { householdId }, order: { birthYear: 'ASC' } });
  }

  /** Which of these address hashes a village already holds. */
  async existingAddressHashes(villageCode: string, hashes: string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (let i = 0; i < hashes.length; i += INSERT_CHUNK) {
      const rows = await this.dataSource.getRepository(Household).find({
        select: { addressHash: true },
        where: { path: { villageCode }, addressHash: In(hashes.slice(i, i + INSERT_CHUNK)) },
      });
      for (const row of rows) found.add(row.addressHash);
    }
    return found;
  }

  /** A page of a region's households, visited or not in `year`, optionally within some grids. */
  async findHouseholdPage(
    scope: JurisdictionScope,
    filter: { year: number; visited?: boolean; gridIds?: string[]; page: number; pageSize: number },
  ): Promise<[Household[], number]> {
    const query = this.dataSource.getRepository(Household).createQueryBuilder('h');
    whereInScope(query, 'h', scope);
    if (filter.gridIds) {
      if (filter.gridIds.length === 0) return [[], 0];
      query.andWhere('h.grid_id IN (:...gridIds)', { gridIds: filter.gridIds });
    }
    if (filter.visited === true) query.andWhere('h.visited_year = :year', { year: filter.year });
    if (filter.visited === false) {
      query.andWhere('(h.visited_year IS NULL OR h.visited_year <> :year)', { year: filter.year });
    }
    const total = await query.clone().getCount();
    const rows = await query
      .orderBy('h.village_code', 'ASC')
      .addOrderBy('h.created_at', 'ASC')
      .addOrderBy('h.id', 'ASC')
      .offset((filter.page - 1) * filter.pageSize)
      .limit(filter.pageSize)
      .getMany();
    return [rows, total];
  }

  /**
   * Marks a household visited in `year`. The first visit of the year also counts in the village's
   * tally: the guarded update lets exactly one of two concurrent visits do it.
   */
  async markVisited(household: Household, year: number, at: Date, manager: EntityManager): Promise<void> {
    const first = await manager
      .createQueryBuilder()
      .update(Household)
      .set({ visitedYear: year, lastVisitedAt: at, updatedAt: at })
      .where('id = :id', { id: household.id })
      .andWhere('(visited_year IS NULL OR visited_year < :year)', { year })
      .execute();
    if (first.affected !== 1) {
      await manager
        .createQueryBuilder()
        .update(Household)
        .set({ lastVisitedAt: at, updatedAt: at })
        .where('id = :id', { id: household.id })
        .execute();
      return;
    }
    const villageCode = household.path.villageCode!;
    await manager
      .createQueryBuilder()
      .insert()
      .into(VisitTally)
      .values({ regionCode: villageCode, campaignYear: year, path: regionPathOf(villageCode), visited: 0 })
      .orIgnore()
      .execute();
    await manager
      .createQueryBuilder()
      .update(VisitTally)
      .set({ visited: () => 'visited + 1' })
      .where('region_code = :villageCode', { villageCode })
      .andWhere('campaign_year = :year', { year })
      .execute();
  }

  // Coverage

  /**
   * Coverage above the village from the tallies: a county sums its few hundred village rows,
   * grouped by the level below, through (county_code[, campaign_year]) indexes.
   */
  async coverageFromTallies(scope: JurisdictionScope, year: number): Promise<CoverageRow[]> {
    const child = CHILD_COLUMN[scope.column];
    const totals: Array<{ code: string; total: number | string }> = await this.dataSource
      .getRepository(HouseholdTally)
      .createQueryBuilder('t')
      .select(`t.${child}`, 'code')
      .addSelect('SUM(t.households)', 'total')
      .where(`t.${scope.column} = :scopeCode`, { scopeCode: scope.code })
      .groupBy(`t.${child}`)
      .getRawMany();
    const visited: Array<{ code: string; visited: number | string }> = await this.dataSource
      .getRepository(VisitTally)
      .createQueryBuilder('t')
      .select(`t.${child}`, 'code')
      .addSelect('SUM(t.visited)', 'visited')
      .where(`t.${scope.column} = :scopeCode`, { scopeCode: scope.code })
      .andWhere('t.campaign_year = :year', { year })
      .groupBy(`t.${child}`)
      .getRawMany();
    const visitedBy = new Map(visited.map((v) => [v.code, Number(v.visited)]));
    return totals.map((t) => ({ code: t.code, total: Number(t.total), visited: visitedBy.get(t.code) ?? 0 }));
  }

  /**
   * Totals and visited counts in one pass over the level's covering index
   * (e.g. (county_code, town_code, visited_year)), grouped by the level below.
   */
  async coverage(scope: JurisdictionScope, year: number, gridIds?: string[]): Promise<CoverageRow[]> {
    const child = CHILD_COLUMN[scope.column];
    const query = this.dataSource
      .getRepository(Household)
      .createQueryBuilder('h')
      .select(`h.${child}`, 'code')
      .addSelect('COUNT(*)', 'total')
      .addSelect('SUM(CASE WHEN h.visited_year = :year THEN 1 ELSE 0 END)', 'visited')
      .where(`h.${scope.column} = :scopeCode`, { scopeCode: scope.code, year })
      .groupBy(`h.${child}`);
    if (gridIds) {
      if (gridIds.length === 0) return [];
      query.andWhere('h.grid_id IN (:...gridIds)', { gridIds });
    }
    const rows: Array<{ code: string | null; total: number | string; visited: number | string | null }> =
      await query.getRawMany();
    return rows.map((r) => ({ code: r.code, total: Number(r.total), visited: Number(r.visited ?? 0) }));
  }

  async concernsByItem(
    scope: JurisdictionScope,
    year: number,
    householdIds?: string[],
  ): Promise<Map<ChecklistItemId, number>> {
    const query = this.dataSource
      .getRepository(VisitConcern)
      .createQueryBuilder('c')
      .select('c.item', 'item')
      .addSelect('COUNT(DISTINCT c.household_id)', 'n')
      .where(`c.${scope.column} = :scopeCode`, { scopeCode: scope.code })
      .andWhere('c.campaign_year = :year', { year })
      .groupBy('c.item');
    if (householdIds) {
      if (householdIds.length === 0) return new Map();
      query.andWhere('c.household_id IN (:...householdIds)', { householdIds });
    }
    const rows: Array<{ item: ChecklistItemId; n: number | string }> = await query.getRawMany();
    return new Map(rows.map((r) => [r.item, Number(r.n)]));
  }

  async householdIdsOfGrids(gridIds: string[]): Promise<string[]> {
    if (gridIds.length === 0) return [];
    const rows = await this.dataSource
      .getRepository(Household)
      .find({ select: { id: true }, where: { gridId: In(gridIds) } });
    return rows.map((r) => r.id);
  }

  // Visits

  async insertVisit(visit: Visit, concerns: VisitConcern[], manager: EntityManager): Promise<void> {
    await manager.createQueryBuilder().insert().into(Visit).values(visit).execute();
    if (concerns.length) await manager.createQueryBuilder().insert().into(VisitConcern).values(concerns).execute();
  }

  findVisit(id: string): Promise<Visit | null> {
    return this.dataSource.getRepository(Visit).findOneBy({ id });
  }

  findVisitsOfHousehold(householdId: string): Promise<Visit[]> {
    return this.dataSource
      .getRepository(Visit)
      .find({ where: { householdId }, order: { visitedOn: 'DESC', id: 'DESC' } });
  }

  /**
   * Claims the right to open a visit's case (or record its police report): true for one caller
   * at a time, and again after `staleBefore` if that caller died half-way.
   */
  async claimCase(id: string, now: Date, staleBefore: Date): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(Visit)
      .set({ caseClaimedAt: now })
      .where('id = :id', { id })
      .andWhere('(case_claimed_at IS NULL OR case_claimed_at < :staleBefore)', { staleBefore })
      .execute();
    return result.affected === 1;
  }

  async updateVisit(id: string, changes: Partial<Pick<Visit, 'helpRequestId' | 'caseClaimedAt' | 'policeReportedAt'>>) {
    await this.dataSource.createQueryBuilder().update(Visit).set(changes).where('id = :id', { id }).execute();
  }

  // Campaigns

  findCampaign(countyCode: string, year: number): Promise<Campaign | null> {
    return this.dataSource.getRepository(Campaign).findOneBy({ countyCode, year });
  }

  async upsertCampaign(campaign: Campaign): Promise<void> {
    await this.dataSource.getRepository(Campaign).upsert(campaign, ['countyCode', 'year']);
  }

  // Reports

  /**
   * Reports: visits recorded in [from, to) in the scope, per village. Above the village the scope's
   * villages come from the tally, so each is one range on (village_code, created_at), read from that
   * index alone.
   */
  async countVisitsForReport(
    scope: JurisdictionScope,
    from: Date,
    to: Date,
  ): Promise<Array<{ villageCode: string; visits: number }>> {
    const query = this.dataSource
      .getRepository(Visit)
      .createQueryBuilder('v')
      .select('v.village_code', 'villageCode')
      .addSelect('COUNT(*)', 'visits')
      .where('v.created_at >= :from AND v.created_at < :to', { from, to });
    if (scope.level === 'village') query.andWhere('v.village_code = :scopeCode', { scopeCode: scope.code });
    else
      query.andWhere(
        `v.village_code IN (SELECT t.region_code FROM screening_household_tally t WHERE t.${scope.column} = :scopeCode)`,
        { scopeCode: scope.code },
      );
    const rows: Array<{ villageCode: string; visits: number | string }> = await query
      .groupBy('v.village_code')
      .getRawMany();
    return rows.map((r) => ({ villageCode: r.villageCode, visits: Number(r.visits) }));
  }

  /** Reports: households with a concern on visits recorded in [from, to), per region of `column` and item. */
  async countConcernsForReport(
    scope: JurisdictionScope,
    column: string,
    year: number,
    from: Date,
    to: Date,
  ): Promise<Array<{ code: string | null; item: ChecklistItemId; households: number }>> {
    const rows: Array<{ code: string | null; item: ChecklistItemId; n: number | string }> = await this.dataSource
      .createQueryBuilder()
      .select(`c.${column}`, 'code')
      .addSelect('c.item', 'item')
      .addSelect('COUNT(DISTINCT c.household_id)', 'n')
      .from(VisitConcern, 'c')
      .innerJoin(Visit, 'v', 'v.id = c.visit_id')
      .where(`c.${scope.column} = :scopeCode`, { scopeCode: scope.code })
      .andWhere('c.campaign_year = :year', { year })
      .andWhere('v.created_at >= :from AND v.created_at < :to', { from, to })
      .groupBy(`c.${column}`)
      .addGroupBy('c.item')
      .getRawMany();
    return rows.map((r) => ({ code: r.code, item: r.item, households: Number(r.n) }));
  }
}
