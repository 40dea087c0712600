import { CADRE_WORKBENCH_PAGE } from '@hulei/shared';
import type { NotificationKind } from './notification.entity';

/**
 * The only words a notification carries: what kind of work waits, never whose or what. Short
 * enough for a WeChat "thing" field (≤ 20 characters) and an SMS template parameter.
 */
export const NOTIFICATION_TEXT: Record<NotificationKind, string> = {
  new_help_request: '您有一条新的求助，请及时处理',
  help_request_escalated: '有一条超时求助已转您处理',
  help_request_deadline: '有一条求助即将超时，请尽快受理',
  police_report_deadline: '有一条强制报告即将超时',
  police_report_overdue: '有一条强制报告已超时，请督办',
  opinion_case_assigned: '您有一条舆情督办事项',
  opinion_step_missed: '有一条舆情事项下级超时，请督办',
  opinion_feedback_overdue: '有一条舆情反馈已超时，请督办',
  erasure_requested: '有一条求助申请删除内容，请审核',
  monthly_report_draft: '上月工作月报已生成，请补充后上报',
  report_returned: '您上报的工作报告被退回，请修改',
  summary_report_reminder: '年度工作总结即将截止，请及时上报',
};

/** The mini-program page a reminder opens: the workbench, which shows what waits. */
export const NOTIFICATION_PAGE = CADRE_WORKBENCH_PAGE;
