import { REGION_LEVEL_LABELS, type RegionLevel } from '@hulei/shared';
import type { ReferralDepartment, TimelineEventKind } from './help-api';

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
  escalated: '超时未处理，上报到',
  deadline_missed: '超过处理时限',
  police_report_overdue: '强制报告超时未记录',
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

/** The partner departments a request can be referred to, in the order they are offered. */
export const REFERRAL_DEPARTMENTS = Object.keys(DEPARTMENT_LABELS) as ReferralDepartment[];
