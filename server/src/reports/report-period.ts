import {
  MONTHLY_DUE_DAY,
  SUMMARY_DUE_DATE,
  chinaMonthOf,
  periodLabel,
  reportKindOf,
  type RegionLevel,
  type ReportKind,
} from '@hulei/shared';
import { AppError } from '../common/errors/app-error';

const CHINA_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 24 * 3600_000;

/** A month or a year of reporting, as instants: [from, to) in China time. */
export interface ReportPeriod {
  period: string;
  kind: ReportKind;
  year: number;
  /** 1–12 for a month, null for a year. */
  month: number | null;
  from: Date;
  to: Date;
  label: string;
}

/** Midnight at the start of a China calendar day (month and day may overflow, as with Date.UTC). */
export function chinaMidnight(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day) - CHINA_OFFSET_MS);
}

/** A period the caller named: "2026-05" (monthly) or "2026" (summary). Bad or future periods are 400. */
export function parsePeriod(period: string, now: Date = new Date()): ReportPeriod {
  const kind = reportKindOf(period);
  if (!kind) throw AppError.validation('period', '请写成 2026-05（月报）或 2026（年度总结）');
  const year = Number(period.slice(0, 4));
  if (year < 2000) throw AppError.validation('period', '没有这么早的报告');
  const month = kind === 'monthly' ? Number(period.slice(5, 7)) : null;
  const from = chinaMidnight(year, month ?? 1, 1);
  const to = month === null ? chinaMidnight(year + 1, 1, 1) : chinaMidnight(year, month + 1, 1);
  if (from.getTime() > now.getTime()) {
    throw AppError.validation('period', kind === 'monthly' ? '这个月还没到，不能统计' : '这一年还没到，不能统计');
  }
  return { period, kind, year, month, from, to, label: periodLabel(period) };
}

/** When a level's report for the period is due: the end of its due day (China time). */
export function dueAtFor(period: ReportPeriod, level: RegionLevel): Date {
  if (period.month === null) {
    const [month, day] = SUMMARY_DUE_DATE[level].split('-').map(Number);
    return chinaMidnight(period.year, month, day + 1);
  }
  return chinaMidnight(period.year, period.month + 1, MONTHLY_DUE_DAY[level] + 1);
}

/** The start of the China day after `now`: market events before it have been held. */
export function startOfTomorrow(now: Date): Date {
  const shifted = now.getTime() + CHINA_OFFSET_MS;
  return new Date(shifted - (shifted % DAY_MS) + DAY_MS - CHINA_OFFSET_MS);
}

/** 08:00 China time on the next 1st of a month after `now`: when last month's drafts are prepared. */
export function nextDraftsAt(now: Date): Date {
  const [year, month] = chinaMonthOf(now).split('-').map(Number);
  const thisMonth = new Date(chinaMidnight(year, month, 1).getTime() + 8 * 3600_000);
  return thisMonth > now ? thisMonth : new Date(chinaMidnight(year, month + 1, 1).getTime() + 8 * 3600_000);
}

/** 09:00 China time on the next 20 November after `now`: the reminder of the 1 December summary. */
export function nextSummaryReminderAt(now: Date): Date {
  const year = Number(chinaMonthOf(now).slice(0, 4));
  const thisYear = new Date(chinaMidnight(year, 11, 20).getTime() + 9 * 3600_000);
  return thisYear > now ? thisYear : new Date(chinaMidnight(year + 1, 11, 20).getTime() + 9 * 3600_000);
}
