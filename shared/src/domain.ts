// Domain vocabulary of 护蕾, shared by the mini-program and the server.
// Values are the wire format of CONTRACT.md; labels are what people read (zh-CN).

export const HELP_CATEGORIES = [
  'sexual_abuse',
  'domestic_violence',
  'bullying',
  'trafficking',
  'neglect',
  'mental_health',
  'other',
] as const;
export type HelpCategory = (typeof HELP_CATEGORIES)[number];

export const HELP_CATEGORY_LABELS: Record<HelpCategory, string> = {
  sexual_abuse: '性侵害',
  domestic_violence: '家庭暴力',
  bullying: '校园欺凌',
  trafficking: '拐卖',
  neglect: '监护缺失',
  mental_health: '心理困扰',
  other: '其他',
};

export const URGENCIES = ['urgent', 'normal'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const URGENCY_LABELS: Record<Urgency, string> = {
  urgent: '紧急',
  normal: '一般',
};

export const HELP_STATUSES = ['submitted', 'acknowledged', 'in_progress', 'referred', 'resolved', 'closed'] as const;
export type HelpStatus = (typeof HELP_STATUSES)[number];

export const HELP_STATUS_LABELS: Record<HelpStatus, string> = {
  submitted: '已提交',
  acknowledged: '已受理',
  in_progress: '处理中',
  referred: '已转介',
  resolved: '已解决',
  closed: '已关闭',
};

export const REQUESTER_ROLES = ['child', 'parent', 'other'] as const;
export type RequesterRole = (typeof REQUESTER_ROLES)[number];

export const REQUESTER_ROLE_LABELS: Record<RequesterRole, string> = {
  child: '我是孩子',
  parent: '我是家长',
  other: '我是其他人',
};

/** Administrative levels, from the top. A code's length tells its level. */
export const REGION_LEVELS = ['province', 'city', 'county', 'town', 'village'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

export const REGION_LEVEL_LABELS: Record<RegionLevel, string> = {
  province: '省',
  city: '市',
  county: '县',
  town: '乡镇',
  village: '村',
};

/** Levels that can hold a help request (a province never handles one directly). */
export const HANDLING_LEVELS = ['village', 'town', 'county', 'city'] as const;
export type HandlingLevel = (typeof HANDLING_LEVELS)[number];

export const ROLES = [
  'federation_village',
  'federation_town',
  'federation_county',
  'federation_city',
  'federation_province',
  'grid_worker',
  'partner_police',
  'partner_procuratorate',
  'partner_justice',
  'partner_health',
  'partner_education',
  'partner_civil_affairs',
  'volunteer',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  federation_village: '村（社区）妇联主席',
  federation_town: '乡镇妇联',
  federation_county: '县妇联',
  federation_city: '市妇联',
  federation_province: '省妇联',
  grid_worker: '网格员',
  partner_police: '公安',
  partner_procuratorate: '检察院',
  partner_justice: '司法局',
  partner_health: '卫健',
  partner_education: '教育',
  partner_civil_affairs: '民政',
  volunteer: '巾帼志愿者',
};

/** Hotlines a child must always be one tap from. */
export const HOTLINES = [
  { number: '110', label: '报警', description: '遇到危险，马上报警' },
  { number: '12338', label: '妇女儿童维权', description: '妇联维权热线' },
  { number: '12355', label: '青少年服务', description: '共青团青少年服务热线' },
  { number: '120', label: '急救', description: '受伤或生病，叫救护车' },
] as const;
export type Hotline = (typeof HOTLINES)[number];
