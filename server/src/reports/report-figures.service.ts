import { Injectable } from '@nestjs/common';
import { REGION_LEVEL_LABELS, chinaMonthOf } from '@hulei/shared';
import { breakdownColumn } from '../common/jurisdiction/breakdown';
import { levelOfCode } from '../common/jurisdiction/region-path';
import { scopeOf } from '../common/jurisdiction/scope';
import { chinaDate } from '../common/china-date';
import { CareLedgerService } from '../care/care.service';
import { ContentService } from '../content/content.service';
import { LessonReadsService } from '../content/lesson-reads.service';
import { CadreHelpRequestsService } from '../help-requests/cadre-help-requests.service';
import { MarketsService } from '../markets/markets.service';
import { PublicOpinionService } from '../public-opinion/public-opinion.service';
import { QuizzesService } from '../quizzes/quizzes.service';
import { RegionsService } from '../regions/regions.service';
import { ScreeningService } from '../screening/screening.service';
import {
  OPINION_STEP_LEVELS,
  addFigures,
  emptyFigures,
  emptyHelpCounts,
  sumFigures,
  type MonthTrend,
  type OpinionStepLevel,
  type RegionFigures,
  type ReportFigures,
} from './report-figures';
import { parsePeriod, startOfTomorrow, type ReportPeriod } from './report-period';

// The five questions missed most often, in the latest 2,000 answer sheets of the period.
const MOST_MISSED = { limit: 5, sample: 2000 };
// Months counted at once for a trend: enough to overlap the database's work, few enough to leave connections.
const MONTHS_AT_ONCE = 3;

/**
 * Counts a region's period from the data each capability holds, through their services. Every
 * capability answers per region one level below in one query, so a county's report is a few dozen
 * queries whatever its size, and the region's total is the sum of its parts: a figure is never
 * taken from a report a level below submitted, so nothing is counted twice.
 */
@Injectable()
export class ReportFiguresService {
  constructor(
    private readonly help: CadreHelpRequestsService,
    private readonly opinion: PublicOpinionService,
    private readonly quizzes: QuizzesService,
    private readonly markets: MarketsService,
    private readonly content: ContentService,
    private readonly lessonReads: LessonReadsService,
    private readonly screening: ScreeningService,
    private readonly care: CareLedgerService,
    private readonly regions: RegionsService,
  ) {}

  /** A report's figures; the year's summary also holds each month of the year so far. */
  async forReport(regionCode: string, period: ReportPeriod, now: Date = new Date()): Promise<ReportFigures> {
    const figures = await this.compute(regionCode, period, now);
    if (period.kind === 'summary') {
      const last = chinaMonthOf(now) < `${period.period}-12` ? chinaMonthOf(now) : `${period.period}-12`;
      const months = Array.from(
        { length: Number(last.slice(5, 7)) },
        (_, i) => `${period.period}-${String(i + 1).padStart(2, '0')}`,
      );
      figures.trend = await this.trend(regionCode, months, now);
    }
    return figures;
  }

  /**
   * A few totals of each month (none that has not begun), oldest first: the trends of dashboards
   * and of the summary. Each is a handful of queries read mostly from indexes.
   */
  async trend(regionCode: string, months: string[], now: Date = new Date()): Promise<MonthTrend[]> {
    const scope = scopeOf(regionCode);
    const column = breakdownColumn(scope);
    const one = async (period: ReportPeriod): Promise<MonthTrend> => {
      const { from, to } = period;
      const heldBefore = new Date(Math.min(to.getTime(), startOfTomorrow(now).getTime()));
      const [help, opinion, quizzesStarted, markets, reads, visits, careOpened] = await Promise.all([
        this.help.countsForReport(scope, column, from, to),
        this.opinion.countsForReport(scope, column, from, to),
        this.quizzes.attemptsStartedForReport(scope, from, to),
        from < heldBefore ? this.markets.countsForReport(scope, column, chinaDate(from), chinaDate(heldBefore)) : [],
        this.lessonReads.countsForReport(scope, column, chinaDate(from), chinaDate(to)),
        this.screening.visitsForReport(scope, column, from, to),
        this.care.recordsOpenedForReport(scope, from, to),
      ]);
      const counts = emptyHelpCounts();
      for (const r of help) {
        const { code: _code, category: _category, urgency: _urgency, ...numbers } = r;
        addFigures(counts, numbers);
      }
      const steps = opinion.steps.filter((r) => (OPINION_STEP_LEVELS as readonly string[]).includes(r.level));
      const opinionMet = [...steps.map((r) => r.met), ...opinion.cases.map((r) => r.feedbackMet)].reduce(
        (a, b) => a + b,
        0,
      );
      const opinionMissed = [...steps.map((r) => r.missed), ...opinion.cases.map((r) => r.feedbackMissed)].reduce(
        (a, b) => a + b,
        0,
      );
      return {
        month: period.period,
        help: counts,
        opinionDue: opinionMet + opinionMissed,
        opinionMet,
        visits: visits.reduce((n, r) => n + r.visits, 0),
        quizzesStarted,
        events: markets.reduce((n, r) => n + r.events, 0),
        scans: markets.reduce((n, r) => n + r.scans, 0),
        lessonsRead: reads.reduce((n, r) => n + r.reads, 0),
        careOpened,
      };
    };
    const periods = months.filter((m) => m <= chinaMonthOf(now)).map((m) => parsePeriod(m, now));
    const results: MonthTrend[] = [];
    for (let i = 0; i < periods.length; i += MONTHS_AT_ONCE) {
      results.push(...(await Promise.all(periods.slice(i, i + MONTHS_AT_ONCE).map(one))));
    }
    return results;
  }

  async compute(regionCode: string, period: ReportPeriod, now: Date = new Date()): Promise<ReportFigures> {
    const scope = scopeOf(regionCode);
    const column = breakdownColumn(scope);
    const { from, to } = period;
    // Market days later this month are planned, not held.
    const heldBefore = new Date(Math.min(to.getTime(), startOfTomorrow(now).getTime()));
    const [help, opinion, quizzes, markets, lessons, reads, screening, care, children] = await Promise.all([
      this.help.countsForReport(scope, column, from, to),
      this.opinion.countsForReport(scope, column, from, to),
      this.quizzes.countsForReport(scope, column, from, to, MOST_MISSED),
      from < heldBefore ? this.markets.countsForReport(scope, column, chinaDate(from), chinaDate(heldBefore)) : [],
      this.content.countPublishedForReport(scope, from, to),
      this.lessonReads.countsForReport(scope, column, chinaDate(from), chinaDate(to)),
      this.screening.figuresForReport(scope, column, period.year, from, to),
      this.care.countsForReport(scope, column, from, to, now),
      scope.level === 'village' ? Promise.resolve([]) : this.regions.listChildren(regionCode),
    ]);

    const parts = new Map<string | null, RegionFigures>();
    const of = (code: string | null): RegionFigures => {
      let figures = parts.get(code);
      if (!figures) parts.set(code, (figures = emptyFigures()));
      return figures;
    };
    for (const r of help) {
      const c = of(r.code).help[r.category][r.urgency];
      c.received += r.received;
      c.fromVisits += r.fromVisits;
      c.acknowledged += r.acknowledged;
      c.inTime += r.inTime;
      c.escalated += r.escalated;
      c.referred += r.referred;
      c.policeReported += r.policeReported;
      c.policeInTime += r.policeInTime;
      c.policeOverdue += r.policeOverdue;
      c.resolved += r.resolved;
    }
    for (const r of opinion.cases) {
      const o = of(r.code).opinion;
      o.cases += r.cases;
      o.feedbackMet += r.feedbackMet;
      o.feedbackMissed += r.feedbackMissed;
    }
    for (const r of opinion.steps) {
      if (!(OPINION_STEP_LEVELS as readonly string[]).includes(r.level)) continue;
      const s = of(r.code).opinion.steps[r.level as OpinionStepLevel];
      s.steps += r.steps;
      s.met += r.met;
      s.missed += r.missed;
    }
    for (const r of quizzes.attempts) {
      const q = of(r.code).quizzes[r.audience];
      q.attempts += r.attempts;
      q.completed += r.completed;
      q.scoreSum += r.scoreSum;
    }
    for (const r of markets) {
      const p = of(r.code).publicity;
      p.events += r.events;
      p.scans += r.scans;
      p.marketQuizzes += r.quizzes;
      p.marketHelpRequests += r.helpRequests;
    }
    // Reads with no region are in no region's rows, so in no report.
    for (const r of reads) of(r.code).publicity.lessonsRead += r.reads;
    for (const r of screening.coverage) {
      const s = of(r.code).screening;
      s.households += r.total;
      s.visitedThisYear += r.visited;
    }
    for (const r of screening.visits) of(r.code).screening.visits += r.visits;
    for (const r of screening.concerns) of(r.code).screening.concerns[r.item] += r.households;
    for (const r of care.records) {
      const c = of(r.code).care.records[r.category];
      c.inLedger += r.inLedger;
      c.opened += r.opened;
      c.closed += r.closed;
    }
    for (const r of care.pairings) {
      const p = of(r.code).care.pairings;
      p.active += r.active;
      p.started += r.started;
      p.overdue += r.overdue;
    }
    for (const r of care.followUps) of(r.code).care.followUps += r.followUps;
    for (const r of care.services) of(r.code).care.services[r.kind] += r.services;

    const total = sumFigures([...parts.values()]);
    // Lessons belong to the county or city that publishes them, not to a region below.
    total.publicity.lessonsPublished = lessons;
    const ordered: ReportFigures['parts'] = children.map((child) => ({
      code: child.code,
      name: child.name,
      figures: parts.get(child.code) ?? emptyFigures(),
    }));
    const known = new Set(children.map((c) => c.code));
    for (const [code, figures] of parts)
      if (code !== null && !known.has(code)) ordered.push({ code, name: code, figures });
    const own = parts.get(null);
    if (own) ordered.push({ code: null, name: `${REGION_LEVEL_LABELS[levelOfCode(regionCode)]}本级`, figures: own });
    return {
      version: 1,
      regionCode,
      period: period.period,
      from: from.toISOString(),
      to: to.toISOString(),
      asOf: now.toISOString(),
      total,
      parts: scope.level === 'village' ? [] : ordered,
      mostMissed: quizzes.mostMissed.map((m) => ({ ...m })),
    };
  }
}
