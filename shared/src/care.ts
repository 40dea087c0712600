// The key-care ledger (重点关爱台账) and pairing (结对帮扶): DOMAIN.md, tasks 3 and 4.

export const CARE_CATEGORIES = ['sexual_abuse_victim', 'left_behind', 'in_hardship', 'other'] as const;
export type CareCategory = (typeof CARE_CATEGORIES)[number];

export const CARE_CATEGORY_LABELS: Record<CareCategory, string> = {
  sexual_abuse_victim: '性侵害受害儿童',
  left_behind: '留守儿童',
  in_hardship: '困境儿童',
  other: '其他',
};

export const RISK_LEVELS = ['high', 'medium', 'low'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const RISK_LEVEL_LABELS: Record<RiskLevel, string> = { high: '高', medium: '中', low: '低' };

/** 五位一体 (the one-stop centre's five services), then counselling sessions at the village station. */
export const CARE_SERVICE_KINDS = [
  'rights_notification',
  'interview_evidence',
  'counselling',
  'examination_treatment',
  'living_assistance',
  'station_counselling',
] as const;
export type CareServiceKind = (typeof CARE_SERVICE_KINDS)[number];

export const CARE_SERVICE_LABELS: Record<CareServiceKind, string> = {
  rights_notification: '权利告知',
  interview_evidence: '询问取证',
  counselling: '心理疏导',
  examination_treatment: '检查治疗',
  living_assistance: '生活救助',
  station_counselling: '儿童服务站心理辅导',
};

export const CARE_SOURCES = ['case', 'visit', 'manual'] as const;
export type CareSource = (typeof CARE_SOURCES)[number];

export const CARE_STATUSES = ['open', 'closed'] as const;
export type CareStatus = (typeof CARE_STATUSES)[number];

/** A paired helper visits at least once a month unless the plan says otherwise. */
export const DEFAULT_FOLLOW_UP_INTERVAL_DAYS = 30;
