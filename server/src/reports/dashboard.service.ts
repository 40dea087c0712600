import { Injectable } from '@nestjs/common';
import { HELP_CATEGORIES, HELP_CATEGORY_LABELS, chinaMonthOf, monthsEndingAt, periodLabel } from '@hulei/shared';
import type { Cadre } from '../identity/auth/cadre';
import type { DashboardChartDto, DashboardDto } from './dto/report.dto';
import { ReportFiguresService } from './report-figures.service';
import {
  helpOfCategory,
  helpTotal,
  ledgerTotal,
  quizTotal,
  type MonthTrend,
  type RegionFigures,
  type ReportFigures,
} from './report-figures';
import { finishTable, type Cell, type ColumnSpec, type RowDraft, type TableDraft } from './small-counts';
import { ReportsService } from './reports.service';

const MONTHS = 12;

const count = (key: string, label: string, sensitive = false): ColumnSpec => ({ key, label, kind: 'count', sensitive });
const percent = (key: string, label: string, of: [string, string]): ColumnSpec => ({ key, label, kind: 'percent', of });

interface ChartDraft {
  key: string;
  title: string;
  kind: DashboardChartDto['kind'];
  unit: DashboardChartDto['unit'];
  series: Array<{ key: string; label: string }>;
  table: TableDraft;
}

/** 数据看板: the charts a level reads at a glance, each drawn from a table that comes with it. */
@Injectable()
export class DashboardService {
  constructor(
    private readonly reports: ReportsService,
    private readonly figures: ReportFiguresService,
  ) {}

  async dashboard(
    cadre: Cadre,
    regionCode: string,
    month: string | undefined,
    now: Date = new Date(),
  ): Promise<DashboardDto> {
    const chosen = month ?? chinaMonthOf(now);
    const { region, period } = await this.reports.open(cadre, regionCode, chosen, now);
    const [months, current] = await Promise.all([
      this.figures.trend(regionCode, monthsEndingAt(chosen, MONTHS), now),
      this.figures.compute(regionCode, period, now),
    ]);
    const drafts: ChartDraft[] = [
      helpTrend(regionCode, months),
      sla(regionCode, months),
      byCategory(regionCode, current),
    ];
    if (current.parts.length > 0) drafts.push(byRegion(current), coverage(current));
    drafts.push(publicityTrend(regionCode, months));
    let hidden = false;
    const charts = drafts.map((draft) => {
      const finished = finishTable(draft.table, cadre.regionCode);
      hidden ||= finished.hidden;
      return {
        key: draft.key,
        title: draft.title,
        kind: draft.kind,
        unit: draft.unit,
        series: draft.series,
        table: finished.table,
      };
    });
    return {
      regionCode,
      regionName: region.name,
      level: region.level,
      month: chosen,
      monthLabel: periodLabel(chosen),
      hidden,
      charts,
    };
  }
}

function monthRows(
  regionCode: string,
  months: MonthTrend[],
  cells: (m: MonthTrend) => Record<string, Cell>,
): RowDraft[] {
  return months.map((m) => ({
    key: m.month,
    label: `${Number(m.month.slice(5, 7))}月`,
    region: regionCode,
    cells: cells(m),
  }));
}

function helpTrend(regionCode: string, months: MonthTrend[]): ChartDraft {
  return {
    key: 'helpTrend',
    title: `近 ${months.length} 个月收到的求助`,
    kind: 'columns',
    unit: 'count',
    series: [{ key: 'received', label: '求助' }],
    table: {
      key: 'helpTrend',
      title: '逐月求助',
      additive: true,
      columns: [
        count('received', '求助', true),
        count('inTime', '按时受理', true),
        percent('rate', '按时受理率（%）', ['inTime', 'received']),
      ],
      rows: monthRows(regionCode, months, (m) => ({ received: m.help.received, inTime: m.help.inTime })),
    },
  };
}

/** SLA compliance: acknowledgement in time, 强制报告 in time, 2112 steps in time. */
function sla(regionCode: string, months: MonthTrend[]): ChartDraft {
  return {
    key: 'sla',
    title: '时限达标率（%）',
    kind: 'columns',
    unit: 'percent',
    series: [
      { key: 'ackRate', label: '按时受理' },
      { key: 'policeRate', label: '强制报告按时' },
      { key: 'opinionRate', label: '2112 按时' },
    ],
    table: {
      key: 'sla',
      title: '逐月时限达标',
      note: '按时受理：收到的求助中按时受理的比例；强制报告、2112：已到期或已办结的环节中按时的比例。',
      additive: true,
      columns: [
        count('received', '收到求助', true),
        count('inTime', '按时受理', true),
        percent('ackRate', '按时受理率', ['inTime', 'received']),
        count('policeDue', '强制报告到期', true),
        count('policeInTime', '按时报告', true),
        percent('policeRate', '强制报告按时率', ['policeInTime', 'policeDue']),
        count('opinionDue', '2112环节到期', true),
        count('opinionMet', '按时', true),
        percent('opinionRate', '2112按时率', ['opinionMet', 'opinionDue']),
      ],
      rows: monthRows(regionCode, months, (m) => ({
        received: m.help.received,
        inTime: m.help.inTime,
        policeDue: m.help.policeReported + m.help.policeOverdue,
        policeInTime: m.help.policeInTime,
        opinionDue: m.opinionDue,
        opinionMet: m.opinionMet,
      })),
    },
  };
}

function byCategory(regionCode: string, current: ReportFigures): ChartDraft {
  const cells = (received: number, inTime: number) => ({ received, inTime });
  const total = helpTotal(current.total);
  return {
    key: 'byCategory',
    title: '本月求助类别',
    kind: 'bars',
    unit: 'count',
    series: [{ key: 'received', label: '求助' }],
    table: {
      key: 'byCategory',
      title: '按求助类别',
      additive: true,
      columns: [
        count('received', '求助', true),
        count('inTime', '按时受理', true),
        percent('rate', '按时受理率（%）', ['inTime', 'received']),
      ],
      rows: [
        ...HELP_CATEGORIES.map((c) => {
          const h = helpOfCategory(current.total, c);
          return { key: c, label: HELP_CATEGORY_LABELS[c], region: regionCode, cells: cells(h.received, h.inTime) };
        }),
        { key: 'total', label: '合计', region: regionCode, total: true, cells: cells(total.received, total.inTime) },
      ],
    },
  };
}

function partRows(current: ReportFigures, cells: (f: RegionFigures) => Record<string, Cell>): RowDraft[] {
  return [
    ...current.parts.map((p) => ({
      key: p.code ?? 'own',
      label: p.name,
      region: p.code ?? current.regionCode,
      cells: cells(p.figures),
    })),
    { key: 'total', label: '合计', region: current.regionCode, total: true, cells: cells(current.total) },
  ];
}

function byRegion(current: ReportFigures): ChartDraft {
  return {
    key: 'byRegion',
    title: '本月各地区求助',
    kind: 'bars',
    unit: 'count',
    series: [{ key: 'received', label: '求助' }],
    table: {
      key: 'byRegion',
      title: '分地区',
      additive: true,
      columns: [
        count('received', '求助', true),
        count('inTime', '按时受理', true),
        percent('rate', '按时受理率（%）', ['inTime', 'received']),
        count('visits', '走访（次）'),
        count('quizzes', '答题（份）'),
        count('inLedger', '在册关爱儿童', true),
      ],
      rows: partRows(current, (f) => {
        const h = helpTotal(f);
        return {
          received: h.received,
          inTime: h.inTime,
          visits: f.screening.visits,
          quizzes: quizTotal(f).completed,
          inLedger: ledgerTotal(f).inLedger,
        };
      }),
    },
  };
}

function coverage(current: ReportFigures): ChartDraft {
  return {
    key: 'coverage',
    title: '敲门行动覆盖率（%）',
    kind: 'bars',
    unit: 'percent',
    series: [{ key: 'coverage', label: '覆盖率' }],
    table: {
      key: 'coverage',
      title: '各地区走访覆盖（本年累计）',
      columns: [
        count('households', '台账户数'),
        count('visited', '已走访（户）'),
        percent('coverage', '覆盖率（%）', ['visited', 'households']),
      ],
      rows: partRows(current, (f) => ({ households: f.screening.households, visited: f.screening.visitedThisYear })),
    },
  };
}

function publicityTrend(regionCode: string, months: MonthTrend[]): ChartDraft {
  return {
    key: 'publicityTrend',
    title: `近 ${months.length} 个月课件阅读和答题`,
    kind: 'columns',
    unit: 'count',
    series: [
      { key: 'lessonsRead', label: '课件阅读（次）' },
      { key: 'quizzes', label: '答题（人次）' },
    ],
    table: {
      key: 'publicityTrend',
      title: '逐月宣传教育',
      columns: [
        count('events', '赶集活动（场）'),
        count('scans', '扫码（人次）'),
        count('lessonsRead', '课件阅读（次）'),
        count('quizzes', '答题（人次）'),
      ],
      rows: monthRows(regionCode, months, (m) => ({
        events: m.events,
        scans: m.scans,
        lessonsRead: m.lessonsRead,
        quizzes: m.quizzesStarted,
      })),
    },
  };
}
