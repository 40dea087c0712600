import { Injectable } from '@nestjs/common';
import { NARRATIVE_FIELDS, parentRegionCode, type RegionLevel, type ReportStatus } from '@hulei/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DataCipher } from '../common/crypto/data-cipher';
import { AppError } from '../common/errors/app-error';
import { timeOrderedId } from '../common/ids';
import { childLevelOf } from '../common/jurisdiction/breakdown';
import { levelOfCode, regionPathOf } from '../common/jurisdiction/region-path';
import { scopeOf } from '../common/jurisdiction/scope';
import { inTransaction } from '../database/transactions';
import { AccountsService } from '../identity/accounts.service';
import type { Cadre } from '../identity/auth/cadre';
import { JurisdictionService } from '../identity/jurisdiction.service';
import { NotificationsService } from '../notifications/notifications.service';
import type { Region } from '../regions/region.entity';
import { RegionsService } from '../regions/regions.service';
import type { NarrativeDto, ReportDto, ReportNarrativeDto, SubmissionDto, SubmissionListDto } from './dto/report.dto';
import { ReportFiguresService } from './report-figures.service';
import { deserializeFigures, serializeFigures, type ReportFigures } from './report-figures';
import { dueAtFor, parsePeriod, type ReportPeriod } from './report-period';
import { reportSections } from './report-tables';
import type { Report, ReportEvent, ReportEventKind, StoredReportStatus } from './report.entities';
import { ReportsRepository } from './reports.repository';

const SEALED = {
  experience: 'report.experience',
  problems: 'report.problems',
  suggestions: 'report.suggestions',
  returnComment: 'report.return_comment',
  eventComment: 'report_event.comment',
} as const;

const SEALED_COLUMN = {
  experience: 'experienceSealed',
  problems: 'problemsSealed',
  suggestions: 'suggestionsSealed',
} as const;

const EDITABLE: readonly StoredReportStatus[] = ['draft', 'returned'];
const ALL_LEVELS: readonly RegionLevel[] = ['village', 'town', 'county', 'city', 'province'];

/** A report opened by a cadre: the region, the period, and its row if it has one. */
export interface OpenedReport {
  region: Region;
  period: ReportPeriod;
  report: Report | null;
}

/** The narrative of a report below, for the level above's own report ("下级工作总结"). */
export interface ChildNarrative {
  regionName: string;
  submittedAt: Date | null;
  narrative: ReportNarrativeDto;
}

/**
 * 一月一汇报: each level's report for a month (or the year's summary), filled by the figures the
 * data already holds and the chair's own words, submitted to the level above, which sees who has
 * submitted and who is late and may return a report with a comment.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly reports: ReportsRepository,
    private readonly figures: ReportFiguresService,
    private readonly jurisdiction: JurisdictionService,
    private readonly regions: RegionsService,
    private readonly accounts: AccountsService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly cipher: DataCipher,
    private readonly dataSource: DataSource,
  ) {}

  /** The region and period a cadre asked for: 404 outside her jurisdiction, 400 for a bad or future period. */
  async open(cadre: Cadre, regionCode: string, period: string, now: Date = new Date()): Promise<OpenedReport> {
    await this.jurisdiction.assertWithin(cadre, regionCode, { type: 'region', id: regionCode });
    const region = await this.regions.requireRegion(regionCode);
    const parsed = parsePeriod(period, now);
    return { region, period: parsed, report: await this.reports.findOne(regionCode, parsed.period) };
  }

  async view(cadre: Cadre, regionCode: string, period: string, now: Date = new Date()): Promise<ReportDto> {
    const opened = await this.open(cadre, regionCode, period, now);
    if (regionCode !== cadre.regionCode) {
      await this.jurisdiction.recordRead(cadre, regionCode, {
        type: 'report',
        id: `${regionCode}/${opened.period.period}`,
      });
    }
    return this.toDto(cadre, opened, now);
  }

  /** Saves the chair's own words; only her level, only before it is submitted (or after it was returned). */
  async saveNarrative(
    cadre: Cadre,
    regionCode: string,
    period: string,
    input: NarrativeDto,
    now: Date = new Date(),
  ): Promise<ReportDto> {
    const opened = await this.open(cadre, regionCode, period, now);
    this.requireOwn(cadre, regionCode);
    const report = await this.ensureRow(opened, now);
    if (report.status === 'submitted') throw alreadySubmittedNoEdit();
    const changes: Partial<Report> = { updatedAt: now };
    for (const field of NARRATIVE_FIELDS) {
      const value = input[field];
      if (value !== undefined) changes[SEALED_COLUMN[field]] = this.cipher.sealOptional(value, SEALED[field]);
    }
    await inTransaction(this.dataSource, async (manager) => {
      if (!(await this.reports.updateIf(report.id, EDITABLE, changes, manager))) throw alreadySubmittedNoEdit();
      await this.reports.insertEvents([this.event(report.id, 'saved', now, cadre.accountId)], manager);
    });
    return this.toDto(cadre, { ...opened, report: await this.reports.findOne(regionCode, opened.period.period) }, now);
  }

  /**
   * Submits to the level above, with the figures as they stand now. Once: a second submission is
   * 409 and changes nothing; a returned report may be submitted again.
   */
  async submit(cadre: Cadre, regionCode: string, period: string, now: Date = new Date()): Promise<ReportDto> {
    const opened = await this.open(cadre, regionCode, period, now);
    this.requireOwn(cadre, regionCode);
    const report = await this.ensureRow(opened, now);
    if (report.status === 'submitted') throw alreadySubmitted();
    const figures = await this.figures.forReport(regionCode, opened.period, now);
    await inTransaction(this.dataSource, async (manager) => {
      const changed = await this.reports.updateIf(
        report.id,
        EDITABLE,
        {
          status: 'submitted',
          figures: serializeFigures(figures),
          submittedAt: now,
          submittedBy: cadre.accountId,
          submissions: report.submissions + 1,
          updatedAt: now,
        },
        manager,
      );
      if (!changed) throw alreadySubmitted();
      await this.reports.insertEvents([this.event(report.id, 'submitted', now, cadre.accountId)], manager);
    });
    await this.audit.record({
      action: 'report_submitted',
      outcome: 'ok',
      actor: cadre,
      subject: { type: 'report', id: `${regionCode}/${opened.period.period}` },
      regionCode,
    });
    return this.toDto(cadre, { ...opened, report: await this.reports.findOne(regionCode, opened.period.period) }, now);
  }

  /** The level above sends a submitted report back with a comment; the chair is told (without the comment). */
  async returnReport(
    cadre: Cadre,
    regionCode: string,
    period: string,
    comment: string,
    now: Date = new Date(),
  ): Promise<ReportDto> {
    const opened = await this.open(cadre, regionCode, period, now);
    if (parentRegionCode(regionCode) !== cadre.regionCode) {
      throw new AppError('FORBIDDEN', '只有上一级妇联可以退回下级的报告');
    }
    const report = opened.report;
    if (!report || report.status !== 'submitted') throw notSubmitted();
    await inTransaction(this.dataSource, async (manager) => {
      const changed = await this.reports.updateIf(
        report.id,
        ['submitted'],
        {
          status: 'returned',
          returnedAt: now,
          returnedBy: cadre.accountId,
          returnCommentSealed: this.cipher.seal(comment, SEALED.returnComment),
          updatedAt: now,
        },
        manager,
      );
      if (!changed) throw notSubmitted();
      await this.reports.insertEvents(
        [
          {
            ...this.event(report.id, 'returned', now, cadre.accountId),
            commentSealed: this.cipher.seal(comment, SEALED.eventComment),
          },
        ],
        manager,
      );
      await this.notifications.notifyRegion(manager, regionCode, 'report_returned');
    });
    await this.audit.record({
      action: 'report_returned',
      outcome: 'ok',
      actor: cadre,
      subject: { type: 'report', id: `${regionCode}/${opened.period.period}` },
      regionCode,
    });
    return this.toDto(cadre, { ...opened, report: await this.reports.findOne(regionCode, opened.period.period) }, now);
  }

  /** Who below has submitted, who is late: the regions one level below, each with its report's state. */
  async submissions(
    cadre: Cadre,
    regionCode: string,
    period: string,
    now: Date = new Date(),
  ): Promise<SubmissionListDto> {
    const opened = await this.open(cadre, regionCode, period, now);
    const childLevel = childLevelOf(levelOfCode(regionCode));
    if (!childLevel) throw AppError.validation('regionCode', '村是最基层，没有下级上报情况');
    const [children, reports, served] = await Promise.all([
      this.regions.listChildren(regionCode),
      this.reports.findBelow(scopeOf(regionCode), childLevel, opened.period.period),
      this.accounts.federationAccounts([childLevel], regionCode),
    ]);
    const byRegion = new Map(reports.map((r) => [r.regionCode, r]));
    const expected = new Set(served.map((a) => a.regionCode));
    const names = await this.accounts.namesOf(
      reports.map((r) => r.submittedBy).filter((id): id is string => id !== null),
    );
    const items: SubmissionDto[] = children.map((child) => {
      const report = byRegion.get(child.code) ?? null;
      const dueAt = report?.dueAt ?? dueAtFor(opened.period, childLevel);
      const status: ReportStatus = report?.status ?? 'none';
      const isExpected = expected.has(child.code) || report !== null;
      return {
        regionCode: child.code,
        regionName: child.name,
        expected: isExpected,
        status,
        dueAt,
        late: isExpected && status !== 'submitted' && now > dueAt,
        submittedAt: report?.submittedAt ?? null,
        submittedLate: Boolean(report?.submittedAt && report.submittedAt > dueAt),
        submittedByName: report?.submittedBy ? names.get(report.submittedBy) : undefined,
        returnComment:
          status === 'returned' ? this.cipher.openOptional(report!.returnCommentSealed, SEALED.returnComment) : null,
      };
    });
    return {
      regionCode,
      regionName: opened.region.name,
      period: opened.period.period,
      periodLabel: opened.period.label,
      expected: items.filter((i) => i.expected).length,
      submitted: items.filter((i) => i.status === 'submitted').length,
      late: items.filter((i) => i.late).length,
      items,
    };
  }

  /** The submitted narratives of the regions below, for the level above's own report and its export. */
  async childNarratives(regionCode: string, period: ReportPeriod): Promise<ChildNarrative[]> {
    const childLevel = childLevelOf(levelOfCode(regionCode));
    if (!childLevel) return [];
    const reports = (await this.reports.findBelow(scopeOf(regionCode), childLevel, period.period)).filter(
      (r) => r.status === 'submitted',
    );
    const names = await this.regions.namesOf(reports.map((r) => r.regionCode));
    return reports.map((r) => ({
      regionName: names.get(r.regionCode) ?? r.regionCode,
      submittedAt: r.submittedAt,
      narrative: this.narrativeOf(r),
    }));
  }

  /**
   * The 1st-of-month job (and the 20 November one): a draft for every region with an active
   * federation account that has none for the period yet. Returns the accounts of the regions whose
   * draft was just made, and of those whose report is not submitted, for their reminders.
   */
  async prepareDrafts(
    manager: EntityManager,
    period: string,
    now: Date,
  ): Promise<{
    created: Array<{ id: string; regionCode: string }>;
    unsubmitted: Array<{ id: string; regionCode: string }>;
  }> {
    const parsed = parsePeriod(period, now);
    const accounts = await this.accounts.federationAccounts(ALL_LEVELS);
    const regionCodes = [...new Set(accounts.map((a) => a.regionCode))];
    const statuses = await this.reports.statusesFor(parsed.period, regionCodes, manager);
    const missing = regionCodes.filter((code) => !statuses.has(code));
    const drafts = missing.map((code) => this.newReport(code, parsed, now));
    await this.reports.insert(drafts, manager);
    await this.reports.insertEvents(
      drafts.map((d) => this.event(d.id, 'drafted', now, null)),
      manager,
    );
    const created = new Set(missing);
    return {
      created: accounts.filter((a) => created.has(a.regionCode)),
      unsubmitted: accounts.filter((a) => statuses.get(a.regionCode) !== 'submitted'),
    };
  }

  /** The figures of a report as the cadre may see them (submitted: as submitted). */
  async figuresOf(opened: OpenedReport, now: Date): Promise<{ figures: ReportFigures; live: boolean }> {
    if (opened.report?.status === 'submitted' && opened.report.figures) {
      return { figures: deserializeFigures(opened.report.figures), live: false };
    }
    return { figures: await this.figures.forReport(opened.region.code, opened.period, now), live: true };
  }

  async toDto(cadre: Cadre, opened: OpenedReport, now: Date): Promise<ReportDto> {
    const { region, period, report } = opened;
    const { figures, live } = await this.figuresOf(opened, now);
    const { sections, hidden } = reportSections(figures, period.kind, cadre.regionCode, figures.trend);
    const events = report ? await this.reports.findEvents(report.id) : [];
    const names = await this.accounts.namesOf(
      events.map((e) => e.actorAccountId).filter((id): id is string => id !== null),
    );
    const status: ReportStatus = report?.status ?? 'none';
    const dueAt = report?.dueAt ?? dueAtFor(period, region.level);
    const own = cadre.regionCode === region.code;
    const editable = own && status !== 'submitted';
    return {
      regionCode: region.code,
      regionName: region.name,
      level: region.level,
      period: period.period,
      kind: period.kind,
      periodLabel: period.label,
      from: period.from,
      to: period.to,
      asOf: new Date(figures.asOf),
      live,
      hidden,
      status,
      dueAt,
      late: status !== 'submitted' && now > dueAt,
      submittedAt: report?.submittedAt ?? null,
      submittedByName: report?.submittedBy
        ? (names.get(report.submittedBy) ?? (await this.nameOf(report.submittedBy)))
        : undefined,
      submissions: report?.submissions ?? 0,
      returnedAt: report?.returnedAt ?? null,
      returnedByName: report?.returnedBy
        ? (names.get(report.returnedBy) ?? (await this.nameOf(report.returnedBy)))
        : undefined,
      returnComment: report ? this.cipher.openOptional(report.returnCommentSealed, SEALED.returnComment) : null,
      canEdit: editable,
      canSubmit: editable,
      canReturn: status === 'submitted' && parentRegionCode(region.code) === cadre.regionCode,
      narrative: report ? this.narrativeOf(report) : { experience: null, problems: null, suggestions: null },
      sections,
      events: events.map((e) => ({
        kind: e.kind,
        at: e.at,
        actorName: e.actorAccountId ? names.get(e.actorAccountId) : undefined,
        comment: this.cipher.openOptional(e.commentSealed, SEALED.eventComment) ?? undefined,
      })),
    };
  }

  private async nameOf(accountId: string): Promise<string | undefined> {
    return (await this.accounts.namesOf([accountId])).get(accountId);
  }

  private narrativeOf(report: Report): ReportNarrativeDto {
    return {
      experience: this.cipher.openOptional(report.experienceSealed, SEALED.experience),
      problems: this.cipher.openOptional(report.problemsSealed, SEALED.problems),
      suggestions: this.cipher.openOptional(report.suggestionsSealed, SEALED.suggestions),
    };
  }

  /** Only the level's own federation writes and submits its report; the level above reads it. */
  private requireOwn(cadre: Cadre, regionCode: string): void {
    if (cadre.regionCode !== regionCode) throw new AppError('FORBIDDEN', '只有本级妇联可以填写和上报本级的报告');
  }

  /** The report's row, made as a draft when the chair first writes (or submits) before the 1st-of-month job. */
  private async ensureRow(opened: OpenedReport, now: Date): Promise<Report> {
    if (opened.report) return opened.report;
    const draft = this.newReport(opened.region.code, opened.period, now);
    try {
      await inTransaction(this.dataSource, async (manager) => {
        await this.reports.insert([draft], manager);
        await this.reports.insertEvents([this.event(draft.id, 'drafted', now, null)], manager);
      });
    } catch (error) {
      // Made at the same moment by another request or the 1st-of-month job: use that one.
      const existing = await this.reports.findOne(opened.region.code, opened.period.period);
      if (existing) return existing;
      throw error;
    }
    return draft;
  }

  private newReport(regionCode: string, period: ReportPeriod, now: Date): Report {
    const level = levelOfCode(regionCode);
    return {
      id: timeOrderedId(),
      kind: period.kind,
      period: period.period,
      regionCode,
      path: regionPathOf(regionCode),
      level,
      status: 'draft',
      experienceSealed: null,
      problemsSealed: null,
      suggestionsSealed: null,
      figures: null,
      dueAt: dueAtFor(period, level),
      submittedAt: null,
      submittedBy: null,
      submissions: 0,
      returnedAt: null,
      returnedBy: null,
      returnCommentSealed: null,
      createdAt: now,
      updatedAt: now,
    };
  }

  private event(reportId: string, kind: ReportEventKind, at: Date, actorAccountId: string | null): ReportEvent {
    return { id: timeOrderedId(), reportId, at, kind, actorAccountId, commentSealed: null };
  }
}

function alreadySubmitted(): AppError {
  return new AppError('CONFLICT', '本期报告已经上报过了，不能重复上报');
}

function alreadySubmittedNoEdit(): AppError {
  return new AppError('CONFLICT', '报告已经上报，不能再修改；如需修改，请上一级退回后再改');
}

function notSubmitted(): AppError {
  return new AppError('CONFLICT', '只有已上报的报告可以退回');
}
