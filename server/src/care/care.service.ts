import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  CARE_CATEGORY_LABELS,
  CARE_SERVICE_KINDS,
  CARE_SERVICE_LABELS,
  DEFAULT_FOLLOW_UP_INTERVAL_DAYS,
  RISK_LEVEL_LABELS,
} from '@hulei/shared';
import { Workbook } from 'exceljs';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { chinaDate, chinaYear, daysBetween, isCalendarDate } from '../common/china-date';
import { HULEI_CONFIG, type HuleiConfig } from '../common/config/config';
import { DataCipher } from '../common/crypto/data-cipher';
import { AppError } from '../common/errors/app-error';
import { timeOrderedId } from '../common/ids';
import { regionPathOf } from '../common/jurisdiction/region-path';
import { notFoundOutsideScope, scopeOf, type JurisdictionScope } from '../common/jurisdiction/scope';
import { inTransaction } from '../database/transactions';
import { CadreHelpRequestsService } from '../help-requests/cadre-help-requests.service';
import { AccountsService } from '../identity/accounts.service';
import type { Cadre } from '../identity/auth/cadre';
import { JurisdictionService } from '../identity/jurisdiction.service';
import { RegionsService } from '../regions/regions.service';
import { ScreeningService } from '../screening/screening.service';
import type { CareFollowUp, CarePairing, CareRecord } from './care.entities';
import { CareRepository } from './care.repository';
import type {
  AddFollowUpDto,
  AddServiceDto,
  CareRecordDetailDto,
  CareRecordPageDto,
  CareRecordQueryDto,
  CareRecordSummaryDto,
  CreateCareRecordDto,
  FollowUpNoteDto,
  FollowUpPlanDetailDto,
  FollowUpPlanDto,
  PairHelpersDto,
  UpdateCareRecordDto,
} from './dto/care.dto';
import { SEALED } from './sealed-columns';

const DAY_MS = 86_400_000;
const PLAN_LIST_LIMIT = 500;

/** Midnight of a China calendar day, as an instant. */
function chinaMidnight(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00+08:00`));
}

/**
 * 重点关爱台账: the ledger of children needing care, their 五位一体 services, pairing with helpers
 * and the helpers' follow-ups. A helper (volunteer) reaches only the follow-up plan of children
 * she is paired with; everything else is for the federation.
 */
@Injectable()
export class CareLedgerService {
  constructor(
    private readonly care: CareRepository,
    private readonly jurisdiction: JurisdictionService,
    private readonly accounts: AccountsService,
    private readonly regions: RegionsService,
    private readonly screening: ScreeningService,
    private readonly cadreHelp: CadreHelpRequestsService,
    private readonly cipher: DataCipher,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    @Inject(HULEI_CONFIG) private readonly config: HuleiConfig,
  ) {}

  async create(cadre: Cadre, input: CreateCareRecordDto): Promise<CareRecordDetailDto> {
    let villageCode = input.villageCode;
    let source: CareRecord['source'] = 'manual';
    if (input.visitId) {
      const visitVillage = await this.screening.villageOfVisit(cadre, input.visitId);
      if (villageCode && villageCode !== visitVillage) throw AppError.validation('villageCode', '与走访的村不一致');
      villageCode = visitVillage;
      source = 'visit';
    }
    if (input.helpRequestId) {
      const request = await this.cadreHelp.detail(cadre, input.helpRequestId);
      if (villageCode && villageCode !== request.regionCode)
        throw AppError.validation('villageCode', '与求助所在的村不一致');
      villageCode = request.regionCode;
      source = 'case';
    }
    if (!villageCode) throw AppError.validation('villageCode', '请选择儿童所在的村');
    await this.jurisdiction.assertWithin(cadre, villageCode, { type: 'region', id: villageCode });
    const village = await this.regions.requireRegion(villageCode);
    if (village.level !== 'village') throw AppError.validation('villageCode', '请选到村（12 位区划代码）');
    this.checkBirthYear(input.birthYear);
    const now = new Date();
    const record: CareRecord = {
      id: randomUUID(),
      regionCode: villageCode,
      path: regionPathOf(villageCode),
      category: input.category,
      riskLevel: input.riskLevel,
      source,
      status: 'open',
      birthYear: input.birthYear ?? null,
      childNameSealed: this.cipher.seal(input.childName, SEALED.childName),
      guardianSituationSealed: this.cipher.sealOptional(input.guardianSituation, SEALED.guardianSituation),
      schoolSealed: this.cipher.sealOptional(input.school, SEALED.school),
      notesSealed: this.cipher.sealOptional(input.notes, SEALED.notes),
      helpRequestId: input.helpRequestId ?? null,
      visitId: input.visitId ?? null,
      createdBy: cadre.accountId,
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      purgedAt: null,
    };
    await this.care.insertRecord(record);
    return this.toDetail(record);
  }

  /** The ledger of the caller's jurisdiction; reading it (names included) is audited. */
  async list(cadre: Cadre, query: CareRecordQueryDto): Promise<CareRecordPageDto> {
    const now = new Date();
    const [rows, total] = await this.care.findPage(cadre.scope, {
      status: query.status,
      overdueAt: query.overdue ? now : undefined,
      page: query.page ?? 1,
      pageSize: query.pageSize ?? 20,
    });
    await this.jurisdiction.recordRead(cadre, cadre.regionCode, { type: 'care_ledger', id: cadre.regionCode });
    const pairings = await this.care.findPairings(rows.map((r) => r.id));
    const names = await this.villageNames(rows.map((r) => r.regionCode));
    return { items: rows.map((r) => this.toSummary(r, pairings, names, now)), total };
  }

  async detail(cadre: Cadre, id: string): Promise<CareRecordDetailDto> {
    const record = await this.requireRecord(cadre, id);
    await this.jurisdiction.recordRead(cadre, record.regionCode, { type: 'care_record', id });
    return this.toDetail(record);
  }

  async update(cadre: Cadre, id: string, input: UpdateCareRecordDto): Promise<CareRecordDetailDto> {
    const record = await this.requireOpenRecord(cadre, id);
    const changes: Partial<CareRecord> = { updatedAt: new Date() };
    if (input.category) changes.category = input.category;
    if (input.riskLevel) changes.riskLevel = input.riskLevel;
    if (input.guardianSituation !== undefined) {
      changes.guardianSituationSealed = this.cipher.sealOptional(input.guardianSituation, SEALED.guardianSituation);
    }
    if (input.school !== undefined) changes.schoolSealed = this.cipher.sealOptional(input.school, SEALED.school);
    if (input.notes !== undefined) changes.notesSealed = this.cipher.sealOptional(input.notes, SEALED.notes);
    await this.care.updateRecord(id, changes);
    return this.toDetail({ ...record, ...changes });
  }

  async addService(cadre: Cadre, id: string, input: AddServiceDto): Promise<CareRecordDetailDto> {
    const record = await this.requireOpenRecord(cadre, id);
    this.checkPastDate('providedOn', input.providedOn);
    await this.care.insertService({
      id: timeOrderedId(),
      careRecordId: id,
      kind: input.kind,
      providedOn: input.providedOn,
      provider: input.provider,
      noteSealed: this.cipher.sealOptional(input.note, SEALED.serviceNote),
      recordedBy: cadre.accountId,
      createdAt: new Date(),
    });
    return this.toDetail(record);
  }

  /** 一对一 or 多对一: pairs volunteer accounts of the jurisdiction with the child. */
  async pair(cadre: Cadre, id: string, input: PairHelpersDto): Promise<CareRecordDetailDto> {
    const record = await this.requireOpenRecord(cadre, id);
    const active = (await this.care.findPairings([id])).filter((p) => p.endedAt === null);
    const now = new Date();
    const intervalDays = input.intervalDays ?? DEFAULT_FOLLOW_UP_INTERVAL_DAYS;
    const pairings: CarePairing[] = [];
    for (const helperId of [...new Set(input.helperAccountIds)]) {
      const helper = await this.accounts.getAccount(cadre, helperId).catch(() => null);
      if (!helper || helper.role !== 'volunteer' || helper.status !== 'active') {
        throw AppError.validation('helperAccountIds', '帮扶人须是本辖区在用的志愿者账号');
      }
      if (active.some((p) => p.helperAccountId === helperId)) {
        throw new AppError('CONFLICT', `${helper.name}已经和这名儿童结对了`);
      }
      pairings.push({
        id: randomUUID(),
        careRecordId: id,
        helperAccountId: helperId,
        intervalDays,
        startedAt: now,
        lastFollowUpAt: null,
        nextDueAt: new Date(now.getTime() + intervalDays * DAY_MS),
        endedAt: null,
        createdBy: cadre.accountId,
      });
    }
    await this.care.insertPairings(pairings);
    return this.toDetail(record);
  }

  async endPairing(cadre: Cadre, id: string, pairingId: string): Promise<CareRecordDetailDto> {
    const record = await this.requireRecord(cadre, id);
    const pairing = await this.care.findPairing(pairingId);
    if (!pairing || pairing.careRecordId !== id) throw notFoundOutsideScope();
    if (pairing.endedAt === null) await this.care.updatePairing(pairingId, { endedAt: new Date() });
    return this.toDetail(record);
  }

  async close(cadre: Cadre, id: string, reason: string | undefined): Promise<CareRecordDetailDto> {
    const record = await this.requireOpenRecord(cadre, id);
    const now = new Date();
    const notes = reason
      ? [record.notesSealed ? this.cipher.open(record.notesSealed, SEALED.notes) : null, `结案：${reason}`]
          .filter(Boolean)
          .join('\n')
      : undefined;
    await inTransaction(this.dataSource, async (manager) => {
      await this.care.updateRecord(
        id,
        {
          status: 'closed',
          closedAt: now,
          updatedAt: now,
          ...(notes ? { notesSealed: this.cipher.seal(notes, SEALED.notes) } : {}),
        },
        manager,
      );
      await this.care.endPairingsOf(id, now, manager);
    });
    await this.audit.record({
      action: 'care_record_closed',
      outcome: 'ok',
      actor: cadre,
      subject: { type: 'care_record', id },
      regionCode: record.regionCode,
    });
    return this.toDetail((await this.care.findRecord(id))!);
  }

  /** The ledger of a jurisdiction as an Excel file (county and above only; audited). */
  async export(cadre: Cadre, regionCode: string | undefined): Promise<Buffer> {
    const code = regionCode ?? cadre.regionCode;
    await this.jurisdiction.assertWithin(cadre, code, { type: 'region', id: code });
    await this.regions.requireRegion(code);
    const records = await this.care.findAllInScope(scopeOf(code));
    const ids = records.map((r) => r.id);
    const [services, pairings] = await Promise.all([this.care.findServices(ids), this.care.findPairings(ids)]);
    const helperNames = await this.accounts.namesOf(pairings.map((p) => p.helperAccountId));
    const villages = await this.villageNames(records.map((r) => r.regionCode));
    const now = new Date();
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('重点关爱台账');
    sheet.addRow([
      '村',
      '儿童姓名',
      '出生年份',
      '类别',
      '风险等级',
      '监护情况',
      '就读学校',
      ...CARE_SERVICE_KINDS.map((k) => CARE_SERVICE_LABELS[k]),
      '结对帮扶人',
      '最近回访',
      '回访逾期',
      '状态',
    ]);
    sheet.getRow(1).font = { bold: true };
    for (const r of records) {
      const own = pairings.filter((p) => p.careRecordId === r.id && p.endedAt === null);
      const lastFollowUp = own
        .map((p) => p.lastFollowUpAt)
        .filter((d): d is Date => d !== null)
        .sort((a, b) => b.getTime() - a.getTime())[0];
      sheet.addRow([
        villages.get(r.regionCode) ?? r.regionCode,
        this.cipher.openOptional(r.childNameSealed, SEALED.childName) ?? '（已删除）',
        r.birthYear ?? '',
        CARE_CATEGORY_LABELS[r.category],
        RISK_LEVEL_LABELS[r.riskLevel],
        this.cipher.openOptional(r.guardianSituationSealed, SEALED.guardianSituation) ?? '',
        this.cipher.openOptional(r.schoolSealed, SEALED.school) ?? '',
        ...CARE_SERVICE_KINDS.map((kind) =>
          services
            .filter((s) => s.careRecordId === r.id && s.kind === kind)
            .map((s) => `${s.providedOn} ${s.provider}`)
            .join('；'),
        ),
        own.map((p) => helperNames.get(p.helperAccountId) ?? '').join('、'),
        lastFollowUp ? chinaDate(lastFollowUp) : '',
        own.some((p) => p.nextDueAt < now) ? '是' : '',
        r.status === 'open' ? '帮扶中' : '已结案',
      ]);
    }
    await this.audit.record({
      action: 'ledger_export',
      outcome: 'ok',
      actor: cadre,
      subject: { type: 'care_ledger', id: code },
      regionCode: code,
      detail: `records=${records.length}`,
    });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  // Used by the reports capability

  /**
   * For reports: the ledger, pairings, follow-ups and services of [from, to) per region of `column`.
   * Counts only; nothing that could identify a child.
   */
  async countsForReport(scope: JurisdictionScope, column: string, from: Date, to: Date, now = new Date()) {
    const fromDay = chinaDate(from);
    const toDay = chinaDate(to);
    const overdueAt = new Date(Math.min(to.getTime(), now.getTime()));
    const [records, pairings, followUps, services] = await Promise.all([
      this.care.countRecordsForReport(scope, column, from, to),
      this.care.countPairingsForReport(scope, column, from, to, overdueAt),
      this.care.countFollowUpsForReport(scope, column, fromDay, toDay),
      this.care.countServicesForReport(scope, column, fromDay, toDay),
    ]);
    return { records, pairings, followUps, services };
  }

  /** For reports' month-by-month trends: children taken into the ledger in [from, to). */
  recordsOpenedForReport(scope: JurisdictionScope, from: Date, to: Date): Promise<number> {
    return this.care.countRecordsOpened(scope, from, to);
  }

  // Follow-up plans: the helper's side

  /** A volunteer's paired children, or the pairings of a federation cadre's jurisdiction. */
  async followUpPlans(cadre: Cadre): Promise<FollowUpPlanDto[]> {
    const pairings =
      cadre.role === 'volunteer'
        ? await this.care.findActivePairingsOfHelper(cadre.accountId)
        : await this.care.findActivePairingsInScope(cadre.scope, PLAN_LIST_LIMIT);
    const recordIds = [...new Set(pairings.map((p) => p.careRecordId))];
    const records = (await Promise.all(recordIds.map((id) => this.care.findRecord(id)))).filter(
      (r): r is CareRecord => r !== null && r.status === 'open',
    );
    await this.jurisdiction.recordRead(cadre, cadre.regionCode, { type: 'care_plans', id: cadre.regionCode });
    const all = await this.care.findPairings(records.map((r) => r.id));
    const names = await this.accounts.namesOf(all.map((p) => p.helperAccountId));
    const villages = await this.villageNames(records.map((r) => r.regionCode));
    return records.map((r) => this.toPlan(r, all, names, villages, cadre));
  }

  async followUpPlan(cadre: Cadre, recordId: string): Promise<FollowUpPlanDetailDto> {
    const record = await this.requireForHelper(cadre, recordId);
    await this.jurisdiction.recordRead(cadre, record.regionCode, { type: 'care_plan', id: recordId });
    const [pairings, followUps] = await Promise.all([
      this.care.findPairings([recordId]),
      this.care.findFollowUps(recordId),
    ]);
    const names = await this.accounts.namesOf([
      ...pairings.map((p) => p.helperAccountId),
      ...followUps.map((f) => f.authorAccountId),
    ]);
    const villages = await this.villageNames([record.regionCode]);
    return {
      ...this.toPlan(record, pairings, names, villages, cadre),
      notes: followUps.map((f) => this.toNote(f, names)),
    };
  }

  /** A follow-up visit: the helper's own note moves her next due date on by the plan's interval. */
  async addFollowUp(cadre: Cadre, recordId: string, input: AddFollowUpDto): Promise<FollowUpPlanDetailDto> {
    const record = await this.requireForHelper(cadre, recordId);
    if (record.status !== 'open') throw new AppError('CONFLICT', '这名儿童的帮扶已经结案');
    this.checkPastDate('visitedOn', input.visitedOn);
    const pairing = (await this.care.findPairings([recordId])).find(
      (p) => p.helperAccountId === cadre.accountId && p.endedAt === null,
    );
    await inTransaction(this.dataSource, async (manager) => {
      await this.care.insertFollowUp(
        {
          id: timeOrderedId(),
          careRecordId: recordId,
          pairingId: pairing?.id ?? null,
          authorAccountId: cadre.accountId,
          visitedOn: input.visitedOn,
          noteSealed: this.cipher.seal(input.note, SEALED.followUpNote),
          createdAt: new Date(),
        },
        manager,
      );
      if (pairing) {
        const visitedAt = chinaMidnight(input.visitedOn);
        if (!pairing.lastFollowUpAt || visitedAt > pairing.lastFollowUpAt) {
          await this.care.updatePairing(
            pairing.id,
            { lastFollowUpAt: visitedAt, nextDueAt: new Date(visitedAt.getTime() + pairing.intervalDays * DAY_MS) },
            manager,
          );
        }
      }
    });
    return this.followUpPlan(cadre, recordId);
  }

  // Retention

  /**
   * Closed records keep their identifying fields for the retention period (HULEI_RETENTION_DAYS),
   * then lose them: name, birth year, guardian situation, school, notes. Counts stay.
   */
  async purgeExpired(now: Date = new Date()): Promise<number> {
    const before = new Date(now.getTime() - this.config.retentionDays * DAY_MS);
    let purged = 0;
    for (;;) {
      const batch = await this.care.findClosedBefore(before, 100);
      if (batch.length === 0) return purged;
      for (const record of batch) {
        await inTransaction(this.dataSource, (manager) => this.care.eraseIdentifyingFields(record.id, now, manager));
        await this.audit.record({
          action: 'care_record_purged',
          outcome: 'ok',
          subject: { type: 'care_record', id: record.id },
          regionCode: record.regionCode,
          detail: `retention_${this.config.retentionDays}d`,
        });
        purged += 1;
      }
    }
  }

  // Helpers

  private async requireRecord(cadre: Cadre, id: string): Promise<CareRecord> {
    const record = await this.care.findRecord(id);
    if (!record) throw notFoundOutsideScope();
    await this.jurisdiction.assertWithin(cadre, record.regionCode, { type: 'care_record', id });
    return record;
  }

  private async requireOpenRecord(cadre: Cadre, id: string): Promise<CareRecord> {
    const record = await this.requireRecord(cadre, id);
    if (record.status !== 'open') throw new AppError('CONFLICT', '这条台账已经结案');
    return record;
  }

  /** A volunteer reaches a record only through an active pairing; others through their jurisdiction. */
  private async requireForHelper(cadre: Cadre, id: string): Promise<CareRecord> {
    const record = await this.requireRecord(cadre, id);
    if (cadre.role !== 'volunteer') return record;
    const paired = (await this.care.findPairings([id])).some(
      (p) => p.helperAccountId === cadre.accountId && p.endedAt === null,
    );
    if (!paired) {
      await this.audit.record({
        action: 'jurisdiction_denied',
        outcome: 'denied',
        actor: cadre,
        subject: { type: 'care_record', id },
        regionCode: cadre.regionCode,
        detail: 'not_paired',
      });
      throw notFoundOutsideScope();
    }
    return record;
  }

  private checkBirthYear(birthYear: number | undefined): void {
    if (birthYear === undefined) return;
    const thisYear = chinaYear();
    if (birthYear > thisYear)
      throw AppError.validation('birthYear', `出生年份 ${birthYear} 晚于今年（${thisYear}），请核对`);
    if (birthYear < thisYear - 17) throw AppError.validation('birthYear', '重点关爱台账只登记未满 18 周岁的儿童');
  }

  private checkPastDate(field: string, day: string): void {
    if (!isCalendarDate(day)) throw AppError.validation(field, '不是一个有效的日期');
    if (day > chinaDate()) throw AppError.validation(field, '日期不能晚于今天');
    if (daysBetween(day, chinaDate()) > 366 * 3) throw AppError.validation(field, '日期太早了');
  }

  private async villageNames(codes: string[]): Promise<Map<string, string>> {
    const unique = [...new Set(codes)];
    const regions = await Promise.all(unique.map((c) => this.regions.getRegion(c).catch(() => null)));
    return new Map(unique.map((c, i) => [c, regions[i]?.name ?? c]));
  }

  private toSummary(
    r: CareRecord,
    pairings: CarePairing[],
    villages: Map<string, string>,
    now: Date,
  ): CareRecordSummaryDto {
    const active = pairings.filter((p) => p.careRecordId === r.id && p.endedAt === null);
    return {
      id: r.id,
      villageCode: r.regionCode,
      villageName: villages.get(r.regionCode) ?? r.regionCode,
      childName: this.cipher.openOptional(r.childNameSealed, SEALED.childName),
      birthYear: r.birthYear,
      category: r.category,
      riskLevel: r.riskLevel,
      status: r.status,
      helpers: active.length,
      overdue: active.some((p) => p.nextDueAt < now),
      createdAt: r.createdAt,
    };
  }

  private async toDetail(r: CareRecord): Promise<CareRecordDetailDto> {
    const [services, pairings, followUps, villages] = await Promise.all([
      this.care.findServices([r.id]),
      this.care.findPairings([r.id]),
      this.care.findFollowUps(r.id),
      this.villageNames([r.regionCode]),
    ]);
    const names = await this.accounts.namesOf([
      ...pairings.map((p) => p.helperAccountId),
      ...followUps.map((f) => f.authorAccountId),
    ]);
    const now = new Date();
    return {
      ...this.toSummary(r, pairings, villages, now),
      source: r.source,
      helpRequestId: r.helpRequestId,
      visitId: r.visitId,
      guardianSituation: this.cipher.openOptional(r.guardianSituationSealed, SEALED.guardianSituation),
      school: this.cipher.openOptional(r.schoolSealed, SEALED.school),
      notes: this.cipher.openOptional(r.notesSealed, SEALED.notes),
      services: services.map((s) => ({
        id: s.id,
        kind: s.kind,
        providedOn: s.providedOn,
        provider: s.provider,
        note: this.cipher.openOptional(s.noteSealed, SEALED.serviceNote),
      })),
      pairings: pairings.map((p) => ({
        id: p.id,
        helperAccountId: p.helperAccountId,
        helperName: names.get(p.helperAccountId) ?? '',
        intervalDays: p.intervalDays,
        startedAt: p.startedAt,
        lastFollowUpAt: p.lastFollowUpAt,
        nextDueAt: p.nextDueAt,
        overdue: p.endedAt === null && p.nextDueAt < now,
        endedAt: p.endedAt,
      })),
      followUps: followUps.map((f) => this.toNote(f, names)),
      closedAt: r.closedAt,
      purgedAt: r.purgedAt,
    };
  }

  /** The plan as one helper sees it (her own pairing), or as the federation sees it (the earliest due). */
  private toPlan(
    r: CareRecord,
    pairings: CarePairing[],
    names: Map<string, string>,
    villages: Map<string, string>,
    cadre: Cadre,
  ): FollowUpPlanDto {
    const active = pairings.filter((p) => p.careRecordId === r.id && p.endedAt === null);
    const own = active.find((p) => p.helperAccountId === cadre.accountId);
    const plan = own ?? [...active].sort((a, b) => a.nextDueAt.getTime() - b.nextDueAt.getTime())[0];
    const fallbackDue = new Date(r.createdAt.getTime() + DEFAULT_FOLLOW_UP_INTERVAL_DAYS * DAY_MS);
    return {
      recordId: r.id,
      childName: this.cipher.openOptional(r.childNameSealed, SEALED.childName),
      birthYear: r.birthYear,
      villageName: villages.get(r.regionCode) ?? r.regionCode,
      intervalDays: plan?.intervalDays ?? DEFAULT_FOLLOW_UP_INTERVAL_DAYS,
      lastFollowUpAt: plan?.lastFollowUpAt ?? null,
      nextDueAt: plan?.nextDueAt ?? fallbackDue,
      overdue: (plan?.nextDueAt ?? fallbackDue) < new Date(),
      helperNames: active.map((p) => names.get(p.helperAccountId) ?? ''),
    };
  }

  private toNote(f: CareFollowUp, names: Map<string, string>): FollowUpNoteDto {
    return {
      id: f.id,
      visitedOn: f.visitedOn,
      authorName: names.get(f.authorAccountId) ?? '',
      note: this.cipher.openOptional(f.noteSealed, SEALED.followUpNote),
    };
  }
}
