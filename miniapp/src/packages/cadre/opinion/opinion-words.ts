import type { OpinionCase, OpinionLevel, OpinionStep, OpinionSummary, Severity } from './opinion-api';
import { spanOf } from '../ui/countdown';

export const SEVERITY_LABELS: Record<Severity, string> = { high: '重大', medium: '较大', low: '一般' };
export const SEVERITIES = Object.keys(SEVERITY_LABELS) as Severity[];

export const OPINION_STATUS_LABELS: Record<OpinionSummary['status'], string> = {
  open: '办理中',
  feedback_reported: '已反馈',
};

/** Who a level hands the case to; the town verifies and reports instead. */
export const NEXT_LEVEL: Record<OpinionLevel, OpinionLevel | undefined> = {
  province: 'city',
  city: 'county',
  county: 'town',
  town: undefined,
};

export const LEVEL_FEDERATIONS: Record<OpinionLevel, string> = {
  province: '省妇联',
  city: '市妇联',
  county: '县妇联',
  town: '乡镇妇联',
};

/** 湖南省 → 湖南省妇联; the level's generic name while the region's own is unknown. */
export const federationOf = (regionName: string | undefined, level: OpinionLevel) =>
  regionName ? `${regionName}妇联` : LEVEL_FEDERATIONS[level];

/** Whether the signed-in cadre holds the case now: only she may acknowledge, hand on or report. */
export const holds = (item: OpinionSummary, regionCode: string) =>
  item.status === 'open' && item.currentRegionCode === regionCode;

/** The step still with its level (not yet handed on). */
export const openStep = (item: OpinionCase) => item.steps.find((step) => !step.handedOnAt);

/** How long a level held the case: to the hand-on, to the town's feedback, or, still open, until now. */
export function heldMs(step: OpinionStep, item: OpinionCase, now: number): number {
  if (step.handedOnAt) return step.heldSeconds * 1000;
  const end = step.level === 'town' && item.feedbackAt ? new Date(item.feedbackAt).getTime() : now;
  return end - new Date(step.receivedAt).getTime();
}

function stepState(step: OpinionStep, item: OpinionCase): string {
  if (step.handedOnAt) return '已下发';
  if (step.level === 'town' && item.status === 'feedback_reported') return '已反馈';
  return step.acknowledgedAt ? '已受理，正在办理' : '待受理';
}

/** 湖南省妇联 持有 12 分钟，已下发. */
export function stepSentence(step: OpinionStep, item: OpinionCase, now: number): string {
  return `${federationOf(step.regionName, step.level)} 持有 ${spanOf(heldMs(step, item, now))}，${stepState(step, item)}`;
}
