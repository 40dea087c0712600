// 一月一汇报 and the 1 December summary (DOMAIN.md, "Phases and duties"): the words and the
// calendar of reports, shared by the server and the mini-program.
import type { RegionLevel } from './domain';

/** A monthly report ("2026-05") or the campaign's year-end summary ("2026"). */
export const REPORT_KINDS = ['monthly', 'summary'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const REPORT_KIND_LABELS: Record<ReportKind, string> = {
  monthly: '工作月报',
  summary: '年度工作总结',
};

/** `none`: nobody has opened or generated the report yet. */
export const REPORT_STATUSES = ['none', 'draft', 'submitted', 'returned'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  none: '未填写',
  draft: '草稿',
  submitted: '已上报',
  returned: '已退回',
};

/** What the chair writes herself; the plan asks for experience, problems and suggestions. */
export const NARRATIVE_FIELDS = ['experience', 'problems', 'suggestions'] as const;
export type NarrativeField = (typeof NARRATIVE_FIELDS)[number];

export const NARRATIVE_LABELS: Record<NarrativeField, string> = {
  experience: '工作经验和做法',
  problems: '存在的问题',
  suggestions: '意见和建议',
};

export const NARRATIVE_MAX_LENGTH = 2000;
export const RETURN_COMMENT_MAX_LENGTH = 500;

/**
 * Small counts. A count of 1–4 about children (help requests, concerns, the ledger, public-opinion
 * cases) in a town or village is shown as "<5" to anyone outside that town or village; a second
 * cell hidden so the first cannot be worked out by subtraction shows "≥5" when it is 5 or more.
 */
export const SMALL_COUNT_LIMIT = 5;
export const HIDDEN_SMALL = '<5';
export const HIDDEN_LARGE = '≥5';
/** A rate that cannot be shown because a count behind it is hidden. */
export const NOT_SHOWN = '—';

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
export const YEAR_PATTERN = /^\d{4}$/;

/** Which kind of report a period names, or undefined when it names none. */
export function reportKindOf(period: string): ReportKind | undefined {
  if (MONTH_PATTERN.test(period)) return 'monthly';
  if (YEAR_PATTERN.test(period)) return 'summary';
  return undefined;
}

const CHINA_OFFSET_MS = 8 * 3600_000;

/** The month (YYYY-MM) in China at `at`. */
export function chinaMonthOf(at: Date = new Date()): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 7);
}

/** The month before `month` (YYYY-MM). */
export function previousMonth(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
}

/** `count` months ending with `month`, oldest first. */
export function monthsEndingAt(month: string, count: number): string[] {
  const months = [month];
  while (months.length < count) months.unshift(previousMonth(months[0]));
  return months;
}

/** "2026年5月", "2026年度". */
export function periodLabel(period: string): string {
  if (MONTH_PATTERN.test(period)) return `${period.slice(0, 4)}年${Number(period.slice(5, 7))}月`;
  return `${period}年度`;
}

/**
 * When each level's report is due (China time, end of that day). Monthly: the day of the following
 * month, so that each level has its villages' reports a few days before its own is due. Summary:
 * the plan's 1 December for villages, then the levels above in turn.
 */
export const MONTHLY_DUE_DAY: Record<RegionLevel, number> = {
  village: 5,
  town: 8,
  county: 12,
  city: 15,
  province: 20,
};

export const SUMMARY_DUE_DATE: Record<RegionLevel, string> = {
  village: '12-01',
  town: '12-10',
  county: '12-15',
  city: '12-20',
  province: '12-25',
};
