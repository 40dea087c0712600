import { REGION_LEVEL_LABELS, type RegionLevel } from '@hulei/shared';
import type { ReferralDepartment, TimelineEvent, TimelineEventKind } from './help-api';

export const DEPARTMENT_LABELS: Record<ReferralDepartment, string> = {
  police: '公安',
  procuratorate: '检察院',
  court: '法院',
  justice: '司法局',
  health: '卫健',
  education: '教育',
  civil_affairs: '民政',
  one_stop_centre: '一站式取证救助中心',
};

/** What happened at each step of a request's timeline. */
export const EVENT_LABELS: Record<TimelineEventKind, string> = {
  submitted: '收到求助',
  routed: '分派到',
  acknowledged: '受理',
  requester_message: '求助人留言',
  cadre_message: '妇联回复',
  status_changed: '状态变更',
  referred: '转介',
  police_report: '强制报告',
  escalated: '超时未受理，已转上一级处理',
  deadline_missed: '超时未受理，已再次提醒',
  police_report_overdue: '强制报告超时未记录，已通知县妇联督办',
  closure_requested: '申请结案，等待乡镇审核',
  closure_approved: '结案审核通过',
  closure_returned: '结案申请被退回',
  closed: '结案',
  purged: '文字内容已按期限删除',
  erasure_requested: '求助人申请删除内容，等待乡镇审核',
  erased: '文字内容已应申请删除',
};

export function levelLabel(level: string): string {
  return REGION_LEVEL_LABELS[level as RegionLevel] ?? level;
}

/** The clocks' events, which say where the request went; the rest need no place. */
export const CLOCK_EVENTS: ReadonlySet<string> = new Set(['escalated', 'deadline_missed', 'police_report_overdue']);

/**
 * A timeline event as people say it: "超时未受理，已转官庄镇处理". `regionName` is the region the
 * event sent the request to (its level's name until the region's own name has loaded).
 */
export function eventText(event: TimelineEvent, regionName: string): string {
  switch (event.kind) {
    case 'routed':
      return `分派到${regionName}`;
    case 'escalated':
      return `超时未受理，已转${regionName}处理`;
    case 'deadline_missed':
      return `超时未受理，已再次提醒${regionName}妇联`;
    case 'police_report_overdue':
      return `强制报告超时未记录，已通知${regionName}妇联督办`;
    default:
      return EVENT_LABELS[event.kind] ?? event.kind;
  }
}

/** The partner departments a request can be referred to, in the order they are offered. */
export const REFERRAL_DEPARTMENTS = Object.keys(DEPARTMENT_LABELS) as ReferralDepartment[];
