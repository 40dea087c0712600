import {
  AUDIENCE_LABELS,
  CARE_CATEGORIES,
  CARE_CATEGORY_LABELS,
  CARE_SERVICE_KINDS,
  CARE_SERVICE_LABELS,
  CHECKLIST,
  HELP_CATEGORIES,
  HELP_CATEGORY_LABELS,
  QUIZ_AUDIENCES,
  URGENCIES,
  URGENCY_LABELS,
  periodLabel,
  type ReportKind,
} from '@hulei/shared';
import {
  helpOfCategory,
  helpOfUrgency,
  helpTotal,
  ledgerTotal,
  quizTotal,
  type HelpCounts,
  type MonthTrend,
  type RegionFigures,
  type ReportFigures,
} from './report-figures';
import {
  finishTable,
  type Cell,
  type ColumnSpec,
  type ReportTable,
  type RowDraft,
  type TableDraft,
} from './small-counts';

export interface ReportSection {
  key: string;
  title: string;
  tables: ReportTable[];
}

interface SectionDraft {
  key: string;
  title: string;
  tables: TableDraft[];
}

const count = (key: string, label: string, sensitive = false): ColumnSpec => ({ key, label, kind: 'count', sensitive });
const percent = (key: string, label: string, of: [string, string]): ColumnSpec => ({ key, label, kind: 'percent', of });
const TOTAL = '合计';

const round1 = (value: number) => Math.round(value * 10) / 10;

/** A table of one row: the report region's figures, as label–value pairs on a phone. */
function single(
  key: string,
  title: string,
  columns: ColumnSpec[],
  region: string,
  cells: Record<string, Cell>,
  note?: string,
): TableDraft {
  return { key, title, note, columns, rows: [{ key: 'all', label: '合计', region, cells }] };
}

function helpCells(h: HelpCounts): Record<string, Cell> {
  return {
    received: h.received,
    inTime: h.inTime,
    escalated: h.escalated,
    referred: h.referred,
    policeReported: h.policeReported,
    resolved: h.resolved,
  };
}

/** Words for the period: "本月" in a monthly report, "本年" in the summary. */
const periodWord = (kind: ReportKind) => (kind === 'monthly' ? '本月' : '本年');

function publicity(figures: ReportFigures, word: string): SectionDraft {
  const region = figures.regionCode;
  const p = figures.total.publicity;
  const quizRows: RowDraft[] = QUIZ_AUDIENCES.map((audience) => {
    const q = figures.total.quizzes[audience];
    return {
      key: audience,
      label: AUDIENCE_LABELS[audience],
      region,
      cells: {
        attempts: q.attempts,
        completed: q.completed,
        average: q.completed ? round1(q.scoreSum / q.completed) : null,
      },
    };
  });
  const q = quizTotal(figures.total);
  quizRows.push({
    key: 'total',
    label: TOTAL,
    region,
    total: true,
    cells: {
      attempts: q.attempts,
      completed: q.completed,
      average: q.completed ? round1(q.scoreSum / q.completed) : null,
    },
  });
  return {
    key: 'publicity',
    title: '一、宣传教育',
    tables: [
      single(
        'activities',
        '宣传活动',
        [
          count('events', '赶集普法活动（场）'),
          count('scans', '扫码（人次）'),
          count('marketQuizzes', '现场答题（份）'),
          count('marketHelpRequests', '现场求助（条）', true),
          count('lessonsPublished', '本级及下级发布课件（篇）'),
          count('lessonsRead', '课件阅读（次）'),
        ],
        region,
        { ...p },
        '课件阅读按读者自愿记住的地区（从赶集活动页打开的按活动所在乡镇）计数，不记录读者是谁，没有地区的阅读不计入；扫码、现场答题和求助按活动二维码统计。',
      ),
      {
        key: 'quizzes',
        title: `${word}答题情况`,
        columns: [
          count('attempts', '开始答题（份）'),
          count('completed', '交卷（份）'),
          { key: 'average', label: '平均分（满分10）', kind: 'number' },
        ],
        rows: quizRows,
      },
      {
        key: 'mostMissed',
        title: '答错最多的题',
        note: '按本期最近交卷的至多 2000 份答卷统计；下一步宣传要多讲这些内容。',
        columns: [
          { key: 'audience', label: '对象', kind: 'text' },
          count('answered', '作答（人次）'),
          count('missed', '答错（人次）'),
          percent('missRate', '答错率（%）', ['missed', 'answered']),
        ],
        rows: figures.mostMissed.map((m, i) => ({
          key: `q${i + 1}`,
          label: m.stem,
          region,
          cells: { audience: AUDIENCE_LABELS[m.audience], answered: m.answered, missed: m.missed },
        })),
      },
    ],
  };
}

function screening(figures: ReportFigures, word: string): SectionDraft {
  const region = figures.regionCode;
  const s = figures.total.screening;
  return {
    key: 'screening',
    title: '二、排查走访（敲门行动）',
    tables: [
      single(
        'coverage',
        '走访覆盖',
        [
          count('households', '台账户数'),
          count('visitedThisYear', '本年已走访（户）'),
          percent('coverage', '覆盖率（%）', ['visitedThisYear', 'households']),
          count('visits', `${word}走访（次）`),
        ],
        region,
        {
          households: s.households,
          visitedThisYear: s.visitedThisYear,
          visits: s.visits,
        },
        '台账户数和本年已走访为统计时的累计数。',
      ),
      {
        key: 'concerns',
        title: `六看六问发现的问题（${word}，户）`,
        columns: [count('households', '户数', true)],
        rows: CHECKLIST.map((item) => ({
          key: item.id,
          label: item.text,
          region,
          cells: { households: s.concerns[item.id] },
        })),
      },
    ],
  };
}

function help(figures: ReportFigures, word: string): SectionDraft {
  const region = figures.regionCode;
  const f = figures.total;
  const all = helpTotal(f);
  const sexualAbuse = helpOfCategory(f, 'sexual_abuse');
  const rate = percent('inTimeRate', '按时受理率（%）', ['inTime', 'received']);
  return {
    key: 'help',
    title: '三、求助处置',
    tables: [
      single(
        'helpSummary',
        `${word}收到的求助`,
        [
          count('received', '收到（条）', true),
          count('fromVisits', '其中敲门走访发现', true),
          count('escalated', '超时逐级上报', true),
          count('referred', '转介相关部门', true),
          count('policeReported', '强制报告', true),
          count('resolved', '已解决', true),
        ],
        region,
        { ...helpCells(all), fromVisits: all.fromVisits },
        '按求助提交的时间归入当期；处理情况为统计时的状态。',
      ),
      {
        key: 'timeliness',
        title: '受理时效',
        additive: true,
        columns: [count('n', '条数', true)],
        rows: [
          { key: 'inTime', label: '按时受理', region, cells: { n: all.inTime } },
          { key: 'late', label: '超时后受理', region, cells: { n: all.acknowledged - all.inTime } },
          { key: 'pending', label: '尚未受理', region, cells: { n: all.received - all.acknowledged } },
          { key: 'total', label: TOTAL, region, total: true, cells: { n: all.received } },
        ],
      },
      {
        key: 'byCategory',
        title: '按求助类别',
        additive: true,
        columns: [
          count('received', '收到', true),
          count('inTime', '按时受理', true),
          rate,
          count('escalated', '逐级上报', true),
          count('referred', '转介', true),
          count('policeReported', '强制报告', true),
          count('resolved', '已解决', true),
        ],
        rows: [
          ...HELP_CATEGORIES.map((c) => ({
            key: c,
            label: HELP_CATEGORY_LABELS[c],
            region,
            cells: helpCells(helpOfCategory(f, c)),
          })),
          { key: 'total', label: TOTAL, region, total: true, cells: helpCells(all) },
        ],
      },
      {
        key: 'byUrgency',
        title: '按紧急程度',
        additive: true,
        columns: [count('received', '收到', true), count('inTime', '按时受理', true), rate],
        rows: [
          ...URGENCIES.map((u) => ({
            key: u,
            label: URGENCY_LABELS[u],
            region,
            cells: helpCells(helpOfUrgency(f, u)),
          })),
          { key: 'total', label: TOTAL, region, total: true, cells: helpCells(all) },
        ],
      },
      {
        key: 'policeReports',
        title: '强制报告（性侵害类求助）',
        note: '性侵害线索须立即向公安机关报告（未成年人保护法第十一条）。',
        additive: true,
        columns: [count('n', '条数', true)],
        rows: [
          { key: 'inTime', label: '按时报告', region, cells: { n: sexualAbuse.policeInTime } },
          {
            key: 'late',
            label: '超时后报告',
            region,
            cells: { n: sexualAbuse.policeReported - sexualAbuse.policeInTime },
          },
          { key: 'overdue', label: '逾期仍未报告', region, cells: { n: sexualAbuse.policeOverdue } },
          {
            key: 'waiting',
            label: '尚未报告（未到期）',
            region,
            cells: { n: sexualAbuse.received - sexualAbuse.policeReported - sexualAbuse.policeOverdue },
          },
          { key: 'total', label: '性侵害类求助', region, total: true, cells: { n: sexualAbuse.received } },
        ],
      },
    ],
  };
}

function opinion(figures: ReportFigures, word: string): SectionDraft {
  const region = figures.regionCode;
  const o = figures.total.opinion;
  const step = (key: string, label: string, met: number, missed: number, total: number): RowDraft => ({
    key,
    label,
    region,
    cells: { met, missed, open: total - met - missed, decided: met + missed },
  });
  return {
    key: 'opinion',
    title: '四、舆情处置（“2112”机制）',
    tables: [
      single('opinionCases', `${word}登记的舆情`, [count('cases', '舆情事件（起）', true)], region, { cases: o.cases }),
      {
        key: 'opinionSteps',
        title: '“2112”各环节时限',
        columns: [
          count('met', '按时', true),
          count('missed', '超时', true),
          count('open', '办理中', true),
          count('decided', '已到期或办结', true),
          percent('rate', '按时率（%）', ['met', 'decided']),
        ],
        rows: [
          step('province', '省→市 20分钟', o.steps.province.met, o.steps.province.missed, o.steps.province.steps),
          step('city', '市→县 10分钟', o.steps.city.met, o.steps.city.missed, o.steps.city.steps),
          step('county', '县→乡镇 10分钟', o.steps.county.met, o.steps.county.missed, o.steps.county.steps),
          step('feedback', '核实反馈 2小时', o.feedbackMet, o.feedbackMissed, o.cases),
        ],
      },
    ],
  };
}

function care(figures: ReportFigures, word: string): SectionDraft {
  const region = figures.regionCode;
  const c = figures.total.care;
  const ledger = ledgerTotal(figures.total);
  const services = CARE_SERVICE_KINDS.reduce((n, k) => n + c.services[k], 0);
  return {
    key: 'care',
    title: '五、关爱帮扶',
    tables: [
      {
        key: 'careRecords',
        title: '重点关爱台账',
        additive: true,
        columns: [
          count('inLedger', '在册（期末）', true),
          count('opened', `${word}新增`, true),
          count('closed', `${word}结案`, true),
        ],
        rows: [
          ...CARE_CATEGORIES.map((k) => ({
            key: k,
            label: CARE_CATEGORY_LABELS[k],
            region,
            cells: { ...c.records[k] },
          })),
          { key: 'total', label: TOTAL, region, total: true, cells: { ...ledger } },
        ],
      },
      single(
        'carePairing',
        '结对帮扶',
        [
          count('active', '结对中（期末）', true),
          count('started', `${word}新结对`, true),
          count('followUps', `${word}回访（次）`, true),
          count('overdue', '回访逾期', true),
        ],
        region,
        { ...c.pairings, followUps: c.followUps },
        '回访逾期为统计时仍未回访的结对。',
      ),
      {
        key: 'careServices',
        title: `${word}提供的服务（五位一体及儿童服务站）`,
        additive: true,
        columns: [count('services', '次数', true)],
        rows: [
          ...CARE_SERVICE_KINDS.map((k) => ({
            key: k,
            label: CARE_SERVICE_LABELS[k],
            region,
            cells: { services: c.services[k] },
          })),
          { key: 'total', label: TOTAL, region, total: true, cells: { services } },
        ],
      },
    ],
  };
}

/** The columns of a row per region, or per month: what the level above compares. */
const OVERVIEW_COLUMNS = (word: string): ColumnSpec[] => [
  count('helpReceived', '求助', true),
  count('helpInTime', '按时受理', true),
  percent('inTimeRate', '按时受理率（%）', ['helpInTime', 'helpReceived']),
  count('households', '台账户数'),
  count('visitedThisYear', '本年已走访（户）'),
  percent('coverage', '覆盖率（%）', ['visitedThisYear', 'households']),
  count('visits', `${word}走访（次）`),
  count('quizzes', '答题（份）'),
  count('events', '赶集活动（场）'),
  count('inLedger', '在册关爱儿童', true),
  count('careOpened', '新增关爱', true),
];

export function overviewCells(f: RegionFigures): Record<string, Cell> {
  const h = helpTotal(f);
  const ledger = ledgerTotal(f);
  return {
    helpReceived: h.received,
    helpInTime: h.inTime,
    households: f.screening.households,
    visitedThisYear: f.screening.visitedThisYear,
    visits: f.screening.visits,
    quizzes: quizTotal(f).completed,
    events: f.publicity.events,
    inLedger: ledger.inLedger,
    careOpened: ledger.opened,
  };
}

function byRegion(figures: ReportFigures, word: string): SectionDraft {
  return {
    key: 'regions',
    title: '六、分地区情况',
    tables: [
      {
        key: 'byRegion',
        title: '下一级各地区',
        additive: true,
        columns: OVERVIEW_COLUMNS(word),
        rows: [
          ...figures.parts.map((p) => ({
            key: p.code ?? 'own',
            label: p.name,
            region: p.code ?? figures.regionCode,
            cells: overviewCells(p.figures),
          })),
          { key: 'total', label: TOTAL, region: figures.regionCode, total: true, cells: overviewCells(figures.total) },
        ],
      },
    ],
  };
}

/** Month by month: the summary's trend. */
export function trendTable(regionCode: string, months: MonthTrend[], withTotal: boolean): TableDraft {
  const rows: RowDraft[] = months.map((m) => ({
    key: m.month,
    label: periodLabel(m.month),
    region: regionCode,
    cells: {
      helpReceived: m.help.received,
      helpInTime: m.help.inTime,
      visits: m.visits,
      quizzes: m.quizzesStarted,
      scans: m.scans,
      careOpened: m.careOpened,
    },
  }));
  if (withTotal) {
    const sum: Record<string, number> = {};
    for (const row of rows) for (const [k, v] of Object.entries(row.cells)) sum[k] = (sum[k] ?? 0) + (v as number);
    rows.push({ key: 'total', label: TOTAL, region: regionCode, total: true, cells: sum });
  }
  return {
    key: 'trend',
    title: '逐月情况',
    additive: true,
    columns: [
      count('helpReceived', '求助', true),
      count('helpInTime', '按时受理', true),
      percent('inTimeRate', '按时受理率（%）', ['helpInTime', 'helpReceived']),
      count('visits', '走访（次）'),
      count('quizzes', '答题（人次）'),
      count('scans', '扫码（人次）'),
      count('careOpened', '新增关爱', true),
    ],
    rows,
  };
}

/**
 * The report's sections as `viewerRegion` may read them (the small-count rule applied), in the
 * order of the plan's four tasks, then by region, then (in the summary) month by month.
 */
export function reportSections(
  figures: ReportFigures,
  kind: ReportKind,
  viewerRegion: string,
  months?: MonthTrend[],
): { sections: ReportSection[]; hidden: boolean } {
  const word = periodWord(kind);
  const drafts = [
    publicity(figures, word),
    screening(figures, word),
    help(figures, word),
    opinion(figures, word),
    care(figures, word),
  ];
  if (figures.parts.length > 0) drafts.push(byRegion(figures, word));
  if (months)
    drafts.push({ key: 'trend', title: '七、逐月情况', tables: [trendTable(figures.regionCode, months, true)] });
  let hidden = false;
  const sections = drafts.map((draft) => ({
    key: draft.key,
    title: draft.title,
    tables: draft.tables.map((t) => {
      const finished = finishTable(t, viewerRegion);
      hidden ||= finished.hidden;
      return finished.table;
    }),
  }));
  return { sections, hidden };
}

export { finishTable };
