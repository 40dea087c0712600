import { Inject, Injectable } from '@nestjs/common';
import { createHmac, randomUUID } from 'node:crypto';
import {
  ancestorCode,
  CHECKLIST,
  CHECKLIST_ITEM_IDS,
  defaultCampaignDates,
  HARM_ITEM,
  type ChecklistAnswer,
  type ChecklistItemId,
} from '@hulei/shared';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { chinaDate, chinaYear, daysBetween, isCalendarDate } from '../common/china-date';
import { HULEI_CONFIG, type HuleiConfig } from '../common/config/config';
import { DataCipher } from '../common/crypto/data-cipher';
import { AppError } from '../common/errors/app-error';
import { parseIdempotencyKey } from '../common/http/idempotency-key.decorator';
import { IdempotencyService } from '../common/idempotency/idempotency.service';
import { timeOrderedId } from '../common/ids';
import { codeInColumn } from '../common/jurisdiction/breakdown';
import { levelOfCode, regionPathOf } from '../common/jurisdiction/region-path';
import { notFoundOutsideScope, scopeOf, type JurisdictionScope } from '../common/jurisdiction/scope';
import { inTransaction } from '../database/transactions';
import { CadreHelpRequestsService } from '../help-requests/cadre-help-requests.service';
import { HelpRequestsService } from '../help-requests/help-requests.service';
import { AccountsService } from '../identity/accounts.service';
import type { Cadre } from '../identity/auth/cadre';
import { JurisdictionService } from '../identity/jurisdiction.service';
import { RegionsService } from '../regions/regions.service';
import type {
  CampaignDatesDto,
  CampaignDto,
  CampaignPhase,
  CoverageDto,
  CoverageQueryDto,
  CreateHouseholdDto,
  GridDto,
  HarmCaseDto,
  HouseholdDetailDto,
  HouseholdPageDto,
  HouseholdQueryDto,
  HouseholdSummaryDto,
  ImportResultDto,
  RecordVisitDto,
  UnvisitedQueryDto,
  VisitResultDto,
} from './dto/screening.dto';
import { householdTemplate, normaliseAddress, parseHouseholdSheet, type RowError } from './household-sheet';
import type { Campaign, Grid, Household, HouseholdChild, Visit, VisitConcern } from './screening.entities';
import { ScreeningRepository } from './screening.repository';
import { SEALED } from './sealed-columns';

const ANSWER_LETTER: Record<ChecklistAnswer, string> = { fine: 'F', concern: 'C', not_applicable: 'N' };
const LETTER_ANSWER: Record<string, ChecklistAnswer> = { F: 'fine', C: 'concern', N: 'not_applicable' };
/** A visit may be synced this long after it was made (a phone offline for weeks). */
const MAX_VISIT_AGE_DAYS = 120;
/** After this, a claim on a visit's case by a caller that never finished may be taken over. */
const CASE_CLAIM_STALE_MS = 60_000;
const ROW_ERRORS_SHOWN = 200;

function isDuplicateKey(error: unknown): boolean {
  const code = (error as { driverError?: { code?: string } }).driverError?.code ?? '';
  return code === 'ER_DUP_ENTRY' || /^SQLITE_CONSTRAINT_(PRIMARYKEY|UNIQUE)$/.test(code);
}

/** 敲门行动: households and grids, the 六看六问 visit, coverage and the county's campaign dates. */
@Injectable()
export class ScreeningService {
  constructor(
    private readonly screening: ScreeningRepository,
    private readonly jurisdiction: JurisdictionService,
    private readonly accounts: AccountsService,
    private readonly regions: RegionsService,
    private readonly help: HelpRequestsService,
    private readonly cadreHelp: CadreHelpRequestsService,
    private readonly idempotency: IdempotencyService,
    private readonly cipher: DataCipher,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    @Inject(HULEI_CONFIG) private readonly config: HuleiConfig,
  ) {}

  template(): Promise<Buffer> {
    return householdTemplate();
  }

  // Grids

  async createGrid(cadre: Cadre, villageCode: string, name: string): Promise<GridDto> {
    await this.requireVillage(cadre, villageCode);
    const grid: Grid = { id: randomUUID(), path: regionPathOf(villageCode), name, createdAt: new Date() };
    try {
      await this.screening.insertGrids([grid]);
    } catch (error) {
      if (isDuplicateKey(error)) throw new AppError('CONFLICT', `这个村已经有叫「${name}」的网格了`);
      throw error;
    }
    return { id: grid.id, name, villageCode, households: 0, workers: [] };
  }

  async listGrids(cadre: Cadre, villageCode: string): Promise<GridDto[]> {
    await this.requireVillage(cadre, villageCode);
    let grids = await this.screening.findGridsOfVillage(villageCode);
    const own = await this.ownGrids(cadre);
    if (own) grids = grids.filter((g) => own.includes(g.id));
    const [workers, counts] = await Promise.all([
      this.screening.findWorkersOfGrids(grids.map((g) => g.id)),
      this.screening.countHouseholdsByGrid(villageCode),
    ]);
    const names = await this.accounts.namesOf(workers.map((w) => w.accountId));
    return grids.map((g) => ({
      id: g.id,
      name: g.name,
      villageCode,
      households: counts.get(g.id) ?? 0,
      workers: workers
        .filter((w) => w.gridId === g.id)
        .map((w) => ({ accountId: w.accountId, name: names.get(w.accountId) ?? '' })),
    }));
  }

  async assignWorker(cadre: Cadre, gridId: string, accountId: string): Promise<GridDto> {
    const grid = await this.requireGrid(cadre, gridId);
    const account = await this.accounts.getAccount(cadre, accountId).catch(() => null);
    if (!account || account.role !== 'grid_worker' || account.regionCode !== grid.path.villageCode) {
      throw AppError.validation('accountId', '只能指派本村的网格员账号');
    }
    if (account.status !== 'active') throw AppError.validation('accountId', '这个账号已停用');
    await this.screening.insertGridWorker({
      gridId,
      accountId,
      assignedBy: cadre.accountId,
      assignedAt: new Date(),
    });
    return (await this.listGrids(cadre, grid.path.villageCode!)).find((g) => g.id === gridId)!;
  }

  async unassignWorker(cadre: Cadre, gridId: string, accountId: string): Promise<void> {
    await this.requireGrid(cadre, gridId);
    await this.screening.deleteGridWorker(gridId, accountId);
  }

  // Households

  /** Imports a whole sheet or nothing: every row error is reported with its row number. */
  async importHouseholds(cadre: Cadre, villageCode: string, read: () => Promise<Buffer>): Promise<ImportResultDto> {
    await this.requireVillage(cadre, villageCode);
    const parsed = await parseHouseholdSheet(await read(), chinaYear());
    if (parsed.templateError) throw AppError.validation('file', parsed.templateError);
    const errors: RowError[] = [...parsed.errors];
    const withHash = parsed.households.map((h) => ({ ...h, hash: this.addressHash(villageCode, h.address) }));
    const existing = await this.screening.existingAddressHashes(
      villageCode,
      withHash.filter((h) => h.address).map((h) => h.hash),
    );
    for (const h of withHash) {
      if (h.address && existing.has(h.hash)) {
        errors.push({ row: h.row, column: '门牌号或地址', message: '这一户已经在本村名单里了（门牌重复）' });
      }
    }
    if (errors.length) throw this.importRejected(errors);

    const now = new Date();
    const grids = await this.screening.findGridsOfVillage(villageCode);
    const gridByName = new Map(grids.map((g) => [g.name, g.id]));
    const newGrids: Grid[] = [];
    for (const name of new Set(withHash.map((h) => h.grid).filter((g): g is string => g !== null))) {
      if (gridByName.has(name)) continue;
      // One millisecond apart, so grids list in the order the sheet names them.
      const grid: Grid = {
        id: randomUUID(),
        path: regionPathOf(villageCode),
        name,
        createdAt: new Date(now.getTime() + newGrids.length),
      };
      newGrids.push(grid);
      gridByName.set(name, grid.id);
    }
    const path = regionPathOf(villageCode);
    const households: Household[] = [];
    const children: HouseholdChild[] = [];
    for (const h of withHash) {
      const id = randomUUID();
      households.push(
        this.newHousehold(
          id,
          path,
          h.grid ? gridByName.get(h.grid)! : null,
          h.address,
          h.hash,
          h.headName,
          h.children.length,
          'import',
          cadre,
          now,
        ),
      );
      for (const child of h.children) children.push(this.newChild(id, child.name, child.birthYear));
    }
    try {
      await inTransaction(this.dataSource, async (manager) => {
        await this.screening.insertGrids(newGrids, manager);
        await this.screening.insertHouseholds(villageCode, households, children, manager);
      });
    } catch (error) {
      if (isDuplicateKey(error)) {
        throw new AppError('CONFLICT', '名单刚被别人改过，有些门牌已经登记了；没有导入任何一户，请重新上传');
      }
      throw error;
    }
    await this.audit.record({
      action: 'household_import',
      outcome: 'ok',
      actor: cadre,
      subject: { type: 'village', id: villageCode },
      regionCode: villageCode,
      detail: `households=${households.length}`,
    });
    return { households: households.length, children: children.length, gridsCreated: newGrids.map((g) => g.name) };
  }

  async addHousehold(cadre: Cadre, villageCode: string, input: CreateHouseholdDto): Promise<HouseholdDetailDto> {
    await this.requireVillage(cadre, villageCode);
    const thisYear = chinaYear();
    input.children.forEach((child, i) => {
      if (child.birthYear > thisYear) {
        throw AppError.validation(
          `children[${i}].birthYear`,
          `出生年份 ${child.birthYear} 晚于今年（${thisYear}），请核对`,
        );
      }
      if (child.birthYear < thisYear - 17) {
        throw AppError.validation(`children[${i}].birthYear`, '只登记未满 18 周岁的儿童');
      }
    });
    if (input.gridId) {
      const grid = await this.screening.findGrid(input.gridId);
      if (!grid || grid.path.villageCode !== villageCode) throw AppError.validation('gridId', '本村没有这个网格');
    }
    const hash = this.addressHash(villageCode, input.address);
    if ((await this.screening.existingAddressHashes(villageCode, [hash])).size) {
      throw new AppError('CONFLICT', '这一户已经在本村名单里了（门牌重复）');
    }
    const id = randomUUID();
    const now = new Date();
    const household = this.newHousehold(
      id,
      regionPathOf(villageCode),
      input.gridId ?? null,
      input.address,
      hash,
      input.headName,
      input.children.length,
      'manual',
      cadre,
      now,
    );
    const children = input.children.map((c) => this.newChild(id, c.name, c.birthYear));
    try {
      await inTransaction(this.dataSource, (manager) =>
        this.screening.insertHouseholds(villageCode, [household], children, manager),
      );
    } catch (error) {
      if (isDuplicateKey(error)) throw new AppError('CONFLICT', '这一户已经在本村名单里了（门牌重复）');
      throw error;
    }
    return this.householdDetail(cadre, id);
  }

  async listHouseholds(cadre: Cadre, villageCode: string, query: HouseholdQueryDto): Promise<HouseholdPageDto> {
    await this.requireVillage(cadre, villageCode);
    const own = await this.ownGrids(cadre);
    if (query.gridId && own && !own.includes(query.gridId)) return { items: [], total: 0 };
    const year = query.year ?? chinaYear();
    const [rows, total] = await this.screening.findHouseholdPage(scopeOf(villageCode), {
      year,
      visited: query.visited,
      gridIds: query.gridId ? [query.gridId] : (own ?? undefined),
      page: query.page ?? 1,
      pageSize: query.pageSize ?? 50,
    });
    await this.jurisdiction.recordRead(cadre, villageCode, { type: 'household_list', id: villageCode });
    return { items: rows.map((h) => this.toSummary(h, year)), total };
  }

  /** 零遗留: households of a region not visited in this campaign, with where to find them. */
  async unvisited(cadre: Cadre, query: UnvisitedQueryDto): Promise<HouseholdPageDto> {
    await this.requireRegionInScope(cadre, query.regionCode);
    // A county's list would be tens of thousands of doors: above the town, coverage shows where to look.
    if (!['village', 'town'].includes(levelOfCode(query.regionCode))) {
      throw AppError.validation('regionCode', '未走访名单请选到乡镇或村；县级以上请看各乡镇、各村的走访覆盖情况');
    }
    const year = query.year ?? chinaYear();
    const [rows, total] = await this.screening.findHouseholdPage(scopeOf(query.regionCode), {
      year,
      visited: false,
      gridIds: (await this.ownGrids(cadre)) ?? undefined,
      page: query.page ?? 1,
      pageSize: query.pageSize ?? 50,
    });
    await this.jurisdiction.recordRead(cadre, query.regionCode, { type: 'household_list', id: query.regionCode });
    return { items: rows.map((h) => this.toSummary(h, year)), total };
  }

  async householdDetail(cadre: Cadre, id: string): Promise<HouseholdDetailDto> {
    const household = await this.requireHousehold(cadre, id);
    const own = await this.ownGrids(cadre);
    if (own && (!household.gridId || !own.includes(household.gridId))) throw notFoundOutsideScope();
    await this.jurisdiction.recordRead(cadre, household.path.villageCode!, { type: 'household', id });
    const [children, visits, grid] = await Promise.all([
      this.screening.findChildren(id),
      this.screening.findVisitsOfHousehold(id),
      household.gridId ? this.screening.findGrid(household.gridId) : Promise.resolve(null),
    ]);
    const names = await this.accounts.namesOf(visits.map((v) => v.visitorAccountId));
    return {
      ...this.toSummary(household, chinaYear()),
      gridName: grid?.name ?? null,
      children: children.map((c) => ({
        name: this.cipher.open(c.nameSealed, SEALED.childName),
        birthYear: c.birthYear,
      })),
      visits: visits.map((v) => ({
        id: v.id,
        visitedOn: v.visitedOn,
        visitorName: names.get(v.visitorAccountId) ?? '',
        concerns: this.concernsOf(v),
        helpRequestId: v.helpRequestId,
        policeReported: v.policeReportedAt !== null,
      })),
    };
  }

  // Visits

  /**
   * Stores a visit once per Idempotency-Key (a phone retries the same key until it hears back).
   * A concern on item 1 with `harmCase` then opens the case and records the police report; a
   * retry finishes that step if an earlier attempt could not.
   */
  async recordVisit(cadre: Cadre, input: RecordVisitDto, rawKey: string | undefined): Promise<VisitResultDto> {
    const household = await this.requireHousehold(cadre, input.householdId);
    const key = parseIdempotencyKey(rawKey);
    let answer = await this.idempotency.earlierAnswer<VisitResultDto>('screening_visit', key, input);
    if (!answer) {
      this.requireOwnGrid(household, await this.ownGrids(cadre));
      const byItem = this.checkAnswers(input);
      this.checkVisitDate(input.visitedOn);
      if (input.harmCase && byItem.get(HARM_ITEM)!.answer !== 'concern') {
        throw AppError.validation('harmCase', '只有第 1 项（是否遭受伤害）选了“有问题”，才能在这里建立求助');
      }
      checkPoliceReport(input.harmCase);
      const campaignYear = Number(input.visitedOn.slice(0, 4));
      const notes: Partial<Record<ChecklistItemId, string>> = {};
      for (const a of input.answers) if (a.note) notes[a.item] = a.note;
      answer = await this.idempotency.once('screening_visit', key, input, async (manager) => {
        const now = new Date();
        const visit: Visit = {
          id: timeOrderedId(),
          householdId: household.id,
          path: household.path,
          campaignYear,
          visitedOn: input.visitedOn,
          visitorAccountId: cadre.accountId,
          attendeesSealed: this.cipher.seal(input.attendees, SEALED.attendees),
          answers: CHECKLIST_ITEM_IDS.map((id) => ANSWER_LETTER[byItem.get(id)!.answer]).join(''),
          notesSealed: Object.keys(notes).length ? this.cipher.seal(JSON.stringify(notes), SEALED.notes) : null,
          helpRequestId: null,
          caseClaimedAt: null,
          policeReportedAt: null,
          createdAt: now,
        };
        const concerns: VisitConcern[] = this.concernsOf(visit).map((item) => ({
          visitId: visit.id,
          item,
          householdId: household.id,
          path: household.path,
          campaignYear,
        }));
        await this.screening.insertVisit(visit, concerns, manager);
        await this.screening.markVisited(household, campaignYear, now, manager);
        return { statusCode: 201, body: this.toVisitResult(visit) };
      });
    }
    if (input.harmCase) return this.ensureCase(cadre, answer.body.id, input.harmCase);
    return answer.body;
  }

  /** The follow-up step: open the case of a visit already synced (and record the police report). */
  async openHarmCase(cadre: Cadre, visitId: string, input: HarmCaseDto): Promise<VisitResultDto> {
    const visit = await this.screening.findVisit(visitId);
    if (!visit) throw notFoundOutsideScope();
    await this.jurisdiction.assertWithin(cadre, visit.path.villageCode!, { type: 'screening_visit', id: visitId });
    await this.requireHouseholdForVisit(cadre, visit.householdId);
    if (!this.concernsOf(visit).includes(HARM_ITEM)) {
      throw new AppError('CONFLICT', '这次走访第 1 项（是否遭受伤害）没有选“有问题”，不能从这里建立求助');
    }
    checkPoliceReport(input);
    return this.ensureCase(cadre, visitId, input);
  }

  /** Opens the visit's case once, and records its police report once, whoever retries. */
  private async ensureCase(cadre: Cadre, visitId: string, input: HarmCaseDto): Promise<VisitResultDto> {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const visit = (await this.screening.findVisit(visitId))!;
      const needsCase = visit.helpRequestId === null;
      const needsReport = input.policeReport !== undefined && visit.policeReportedAt === null;
      if ((!needsCase && !needsReport) || Date.now() > deadline) return this.toVisitResult(visit);
      const now = new Date();
      if (!(await this.screening.claimCase(visitId, now, new Date(now.getTime() - CASE_CLAIM_STALE_MS)))) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        continue;
      }
      try {
        let caseId = visit.helpRequestId;
        if (caseId === null) {
          caseId = await this.help.openFromVisit(cadre, {
            category: input.category,
            description: input.description,
            villageCode: visit.path.villageCode!,
            urgency: input.urgency ?? 'urgent',
          });
          await this.screening.updateVisit(visitId, { helpRequestId: caseId });
        }
        if (needsReport) {
          await this.cadreHelp.recordPoliceReport(cadre, caseId, input.policeReport!);
          await this.screening.updateVisit(visitId, { policeReportedAt: input.policeReport!.reportedAt });
        }
      } finally {
        await this.screening.updateVisit(visitId, { caseClaimedAt: null });
      }
    }
  }

  // Coverage and campaigns

  async coverage(cadre: Cadre, query: CoverageQueryDto): Promise<CoverageDto> {
    const code = query.regionCode ?? cadre.regionCode;
    const region = await this.requireRegionInScope(cadre, code);
    const year = query.year ?? chinaYear();
    const scope = scopeOf(code);
    const own = await this.ownGrids(cadre);
    // A village (or a grid worker's grids) is counted from its households; above, from the tallies.
    const rows =
      scope.level === 'village' || own
        ? await this.screening.coverage(scope, year, own ?? undefined)
        : await this.screening.coverageFromTallies(scope, year);
    const concerns = await this.screening.concernsByItem(
      scope,
      year,
      own ? await this.screening.householdIdsOfGrids(own) : undefined,
    );
    const parts = new Map<string | null, { code: string | null; name: string; total: number; visited: number }>();
    if (scope.level === 'village') {
      for (const grid of await this.screening.findGridsOfVillage(code)) {
        if (!own || own.includes(grid.id)) parts.set(grid.id, { code: grid.id, name: grid.name, total: 0, visited: 0 });
      }
    } else {
      for (const child of await this.regions.listChildren(code)) {
        parts.set(child.code, { code: child.code, name: child.name, total: 0, visited: 0 });
      }
    }
    for (const row of rows) {
      const part = parts.get(row.code) ?? {
        code: row.code,
        name: row.code === null ? '未分网格' : row.code,
        total: 0,
        visited: 0,
      };
      part.total += row.total;
      part.visited += row.visited;
      parts.set(row.code, part);
    }
    const total = rows.reduce((n, r) => n + r.total, 0);
    const visited = rows.reduce((n, r) => n + r.visited, 0);
    const countyCode = ['county', 'town', 'village'].includes(scope.level) ? ancestorCode(code, 'county')! : null;
    return {
      regionCode: code,
      regionName: region.name,
      year,
      total,
      visited,
      unvisited: total - visited,
      parts: [...parts.values()],
      concerns: CHECKLIST.map((item) => ({ item: item.id, households: concerns.get(item.id) ?? 0 })),
      campaign: countyCode ? await this.campaignOf(countyCode, year) : null,
    };
  }

  async setCampaign(cadre: Cadre, countyCode: string, year: number, input: CampaignDatesDto): Promise<CampaignDto> {
    if (levelOfCode(countyCode) !== 'county')
      throw AppError.validation('countyCode', '活动日期由县妇联设定，请给出 6 位县级区划代码');
    await this.requireRegionInScope(cadre, countyCode);
    const fields: Array<[keyof CampaignDatesDto, string]> = [
      ['mobilisationBy', '动员部署截止日期'],
      ['implementationFrom', '工作实施开始日期'],
      ['implementationTo', '工作实施结束日期'],
      ['summaryBy', '总结上报截止日期'],
    ];
    for (const [field, label] of fields) {
      if (!isCalendarDate(input[field]) || !input[field].startsWith(`${year}-`)) {
        throw AppError.validation(field, `${label}应为 ${year} 年内的日期`);
      }
    }
    if (input.implementationFrom > input.implementationTo) {
      throw AppError.validation('implementationTo', '工作实施结束日期不能早于开始日期');
    }
    if (input.mobilisationBy > input.implementationTo) {
      throw AppError.validation('mobilisationBy', '动员部署应在工作实施结束之前完成');
    }
    if (input.summaryBy < input.implementationFrom) {
      throw AppError.validation('summaryBy', '总结上报截止日期不能早于工作实施开始日期');
    }
    await this.screening.upsertCampaign({
      countyCode,
      year,
      ...input,
      updatedBy: cadre.accountId,
      updatedAt: new Date(),
    });
    return this.campaignOf(countyCode, year);
  }

  private async campaignOf(countyCode: string, year: number): Promise<CampaignDto> {
    const saved: Campaign | null = await this.screening.findCampaign(countyCode, year);
    const dates = saved
      ? {
          mobilisationBy: saved.mobilisationBy,
          implementationFrom: saved.implementationFrom,
          implementationTo: saved.implementationTo,
          summaryBy: saved.summaryBy,
        }
      : defaultCampaignDates(year);
    return { countyCode, year, ...dates, setByCounty: saved !== null, phase: phaseOn(chinaDate(), dates) };
  }

  // Used by the reports capability

  /**
   * For reports: coverage of the campaign year per region of the level below (per village for a
   * village), and the visits recorded in [from, to) and the concerns they found, per region of
   * `column`. Counts only.
   */
  async figuresForReport(scope: JurisdictionScope, column: string, year: number, from: Date, to: Date) {
    const [coverage, visits, concerns] = await Promise.all([
      scope.level === 'village'
        ? this.screening
            .coverage(scope, year)
            .then((rows) => rows.map((r) => ({ ...r, code: scope.code as string | null })))
        : this.screening.coverageFromTallies(scope, year),
      this.visitsForReport(scope, column, from, to),
      this.screening.countConcernsForReport(scope, column, year, from, to),
    ]);
    return { coverage, visits, concerns };
  }

  /** For reports: visits recorded in [from, to), per region of `column`. */
  async visitsForReport(
    scope: JurisdictionScope,
    column: string,
    from: Date,
    to: Date,
  ): Promise<Array<{ code: string; visits: number }>> {
    const byCode = new Map<string, number>();
    for (const row of await this.screening.countVisitsForReport(scope, from, to)) {
      const code = codeInColumn(row.villageCode, column);
      byCode.set(code, (byCode.get(code) ?? 0) + row.visits);
    }
    return [...byCode].map(([code, visits]) => ({ code, visits }));
  }

  // Used by the care capability

  /** The village of a visit the cadre may see (404 otherwise): a ledger record can start from it. */
  async villageOfVisit(cadre: Cadre, visitId: string): Promise<string> {
    const visit = await this.screening.findVisit(visitId);
    if (!visit) throw notFoundOutsideScope();
    await this.jurisdiction.assertWithin(cadre, visit.path.villageCode!, { type: 'screening_visit', id: visitId });
    return visit.path.villageCode!;
  }

  // Helpers

  /** The grids a grid worker is limited to; null for everyone else (the whole jurisdiction). */
  private async ownGrids(cadre: Cadre): Promise<string[] | null> {
    return cadre.role === 'grid_worker' ? this.screening.gridIdsOfWorker(cadre.accountId) : null;
  }

  private async requireVillage(cadre: Cadre, villageCode: string): Promise<void> {
    if (levelOfCode(villageCode) !== 'village') throw AppError.validation('villageCode', '请选到村（12 位区划代码）');
    await this.requireRegionInScope(cadre, villageCode);
  }

  private async requireRegionInScope(cadre: Cadre, code: string) {
    await this.jurisdiction.assertWithin(cadre, code, { type: 'region', id: code });
    return this.regions.requireRegion(code);
  }

  private async requireGrid(cadre: Cadre, gridId: string): Promise<Grid> {
    const grid = await this.screening.findGrid(gridId);
    if (!grid) throw notFoundOutsideScope();
    await this.jurisdiction.assertWithin(cadre, grid.path.villageCode!, { type: 'screening_grid', id: gridId });
    return grid;
  }

  private async requireHousehold(cadre: Cadre, id: string): Promise<Household> {
    const household = await this.screening.findHousehold(id);
    if (!household) throw notFoundOutsideScope();
    await this.jurisdiction.assertWithin(cadre, household.path.villageCode!, { type: 'household', id });
    return household;
  }

  /** The household, if the caller may record a visit there: a grid worker only in her grids. */
  private async requireHouseholdForVisit(cadre: Cadre, id: string): Promise<Household> {
    const household = await this.requireHousehold(cadre, id);
    this.requireOwnGrid(household, await this.ownGrids(cadre));
    return household;
  }

  private requireOwnGrid(household: Household, own: string[] | null): void {
    if (own && (!household.gridId || !own.includes(household.gridId))) {
      throw new AppError('FORBIDDEN', '这一户不在你负责的网格内，不能登记走访；如需调整，请联系村妇联主席');
    }
  }

  private checkAnswers(input: RecordVisitDto): Map<ChecklistItemId, RecordVisitDto['answers'][number]> {
    const byItem = new Map<ChecklistItemId, RecordVisitDto['answers'][number]>();
    for (const answer of input.answers) {
      if (byItem.has(answer.item)) {
        const item = CHECKLIST.find((c) => c.id === answer.item)!;
        throw AppError.validation('answers', `「${item.text}」填了两次，每项只填一次`);
      }
      byItem.set(answer.item, answer);
    }
    const missing = CHECKLIST.filter((item) => !byItem.has(item.id));
    if (missing.length) {
      throw AppError.validation(
        'answers',
        `六看六问还有 ${missing.length} 项没有填：${missing.map((m) => m.text).join('；')}`,
      );
    }
    return byItem;
  }

  private checkVisitDate(visitedOn: string): void {
    if (!isCalendarDate(visitedOn)) throw AppError.validation('visitedOn', '走访日期不是一个有效的日期');
    const today = chinaDate();
    if (visitedOn > today) throw AppError.validation('visitedOn', '走访日期不能晚于今天');
    if (daysBetween(visitedOn, today) > MAX_VISIT_AGE_DAYS) {
      throw AppError.validation('visitedOn', `走访日期太早了：只能补登 ${MAX_VISIT_AGE_DAYS} 天以内的走访`);
    }
  }

  private concernsOf(visit: Pick<Visit, 'answers'>): ChecklistItemId[] {
    return CHECKLIST_ITEM_IDS.filter((_, i) => LETTER_ANSWER[visit.answers[i]] === 'concern');
  }

  private toVisitResult(visit: Visit): VisitResultDto {
    return {
      id: visit.id,
      householdId: visit.householdId,
      visitedOn: visit.visitedOn,
      concerns: this.concernsOf(visit),
      helpRequestId: visit.helpRequestId,
      policeReported: visit.policeReportedAt !== null,
    };
  }

  private toSummary(h: Household, year: number): HouseholdSummaryDto {
    return {
      id: h.id,
      villageCode: h.path.villageCode!,
      gridId: h.gridId,
      address: this.cipher.open(h.addressSealed, SEALED.address),
      headName: this.cipher.open(h.headNameSealed, SEALED.headName),
      childCount: h.childCount,
      visited: h.visitedYear === year,
      lastVisitedAt: h.lastVisitedAt,
    };
  }

  /** A keyed hash: equal for the same address in the same village, useless without the server's salt. */
  private addressHash(villageCode: string, address: string): string {
    return createHmac('sha256', this.config.receiptSalt)
      .update(`household.address\u0000${villageCode}\u0000${normaliseAddress(address)}`)
      .digest('hex');
  }

  private newHousehold(
    id: string,
    path: Household['path'],
    gridId: string | null,
    address: string,
    hash: string,
    headName: string,
    childCount: number,
    source: 'import' | 'manual',
    cadre: Cadre,
    now: Date,
  ): Household {
    return {
      id,
      path,
      gridId,
      addressSealed: this.cipher.seal(address, SEALED.address),
      addressHash: hash,
      headNameSealed: this.cipher.seal(headName, SEALED.headName),
      childCount,
      source,
      visitedYear: null,
      lastVisitedAt: null,
      createdBy: cadre.accountId,
      createdAt: now,
      updatedAt: now,
    };
  }

  private newChild(householdId: string, name: string, birthYear: number): HouseholdChild {
    return { id: randomUUID(), householdId, nameSealed: this.cipher.seal(name, SEALED.childName), birthYear };
  }

  private importRejected(errors: RowError[]): AppError {
    errors.sort((a, b) => a.row - b.row);
    const shown = errors.slice(0, ROW_ERRORS_SHOWN);
    const more = errors.length > shown.length ? `（只列出前 ${ROW_ERRORS_SHOWN} 处）` : '';
    return new AppError(
      'VALIDATION_FAILED',
      `表格有 ${errors.length} 处错误，没有导入任何一户；请按行号改正后重新上传${more}`,
      shown.map((e) => ({ field: `第${e.row}行·${e.column}`, message: `第 ${e.row} 行「${e.column}」：${e.message}` })),
    );
  }
}

/** Checked before anything is stored, so a case is never opened for a report that will be refused. */
function checkPoliceReport(harmCase: HarmCaseDto | undefined): void {
  const reportedAt = harmCase?.policeReport?.reportedAt;
  if (reportedAt && reportedAt.getTime() > Date.now() + 5 * 60 * 1000) {
    throw AppError.validation('harmCase.policeReport.reportedAt', '报告时间不能晚于现在');
  }
}

/** Where a campaign stands on `today` (YYYY-MM-DD). */
export function phaseOn(
  today: string,
  dates: { implementationFrom: string; implementationTo: string; summaryBy: string; mobilisationBy: string },
): CampaignPhase {
  if (today < dates.implementationFrom) return 'mobilisation';
  if (today > dates.implementationTo) return 'finished';
  if (today <= dates.summaryBy && daysBetween(today, dates.summaryBy) <= 30) return 'summary';
  return 'implementation';
}
