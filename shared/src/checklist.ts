// 六看六问: the door-knocking checklist of the 利剑护蕾 campaign (DOMAIN.md, 敲门行动).
// Six topics, each with one thing to look at (看) and one thing to ask (问): twelve items.

export const CHECKLIST_TOPICS = ['harm', 'health', 'lodging', 'environment', 'schooling', 'holidays'] as const;
export type ChecklistTopic = (typeof CHECKLIST_TOPICS)[number];

export const CHECKLIST_ITEM_IDS = [
  'look_harm',
  'ask_harm',
  'look_health',
  'ask_health',
  'look_lodging',
  'ask_lodging',
  'look_environment',
  'ask_environment',
  'look_schooling',
  'ask_schooling',
  'look_holidays',
  'ask_holidays',
] as const;
export type ChecklistItemId = (typeof CHECKLIST_ITEM_IDS)[number];

export interface ChecklistItem {
  id: ChecklistItemId;
  /** 1–6: the topic's place in the plan. */
  number: number;
  topic: ChecklistTopic;
  kind: 'look' | 'ask';
  /** What the visitor reads on the form. */
  text: string;
}

export const CHECKLIST: readonly ChecklistItem[] = [
  { id: 'look_harm', number: 1, topic: 'harm', kind: 'look', text: '一看孩子是否遭受性侵害、校园欺凌或其他伤害' },
  { id: 'ask_harm', number: 1, topic: 'harm', kind: 'ask', text: '一问孩子是否知道遇到伤害时如何求助' },
  { id: 'look_health', number: 2, topic: 'health', kind: 'look', text: '二看孩子身体健康状况' },
  { id: 'ask_health', number: 2, topic: 'health', kind: 'ask', text: '二问孩子身体发育情况、月经是否正常' },
  { id: 'look_lodging', number: 3, topic: 'lodging', kind: 'look', text: '三看孩子是否在校外租房居住' },
  { id: 'ask_lodging', number: 3, topic: 'lodging', kind: 'ask', text: '三问孩子是否与异性监护人分床睡' },
  { id: 'look_environment', number: 4, topic: 'environment', kind: 'look', text: '四看孩子的居住环境' },
  { id: 'ask_environment', number: 4, topic: 'environment', kind: 'ask', text: '四问家中是否存在安全隐患' },
  { id: 'look_schooling', number: 5, topic: 'schooling', kind: 'look', text: '五看孩子是否正常上学' },
  { id: 'ask_schooling', number: 5, topic: 'schooling', kind: 'ask', text: '五问孩子是否厌学、逃学、辍学' },
  { id: 'look_holidays', number: 6, topic: 'holidays', kind: 'look', text: '六看孩子的假期生活' },
  { id: 'ask_holidays', number: 6, topic: 'holidays', kind: 'ask', text: '六问孩子是否了解防溺水、交通、用电安全知识' },
];

export const CHECKLIST_TOPIC_LABELS: Record<ChecklistTopic, string> = {
  harm: '遭受伤害',
  health: '身体健康',
  lodging: '居住与监护',
  environment: '居住环境',
  schooling: '上学情况',
  holidays: '假期安全',
};

/** The item whose concern is a lead of sexual abuse or other harm: report to the police at once. */
export const HARM_ITEM: ChecklistItemId = 'look_harm';

export const CHECKLIST_ANSWERS = ['fine', 'concern', 'not_applicable'] as const;
export type ChecklistAnswer = (typeof CHECKLIST_ANSWERS)[number];

export const CHECKLIST_ANSWER_LABELS: Record<ChecklistAnswer, string> = {
  fine: '正常',
  concern: '有问题',
  not_applicable: '不适用',
};

/** The campaign's phases as a county sets them; these are the plan's defaults for a year. */
export function defaultCampaignDates(year: number): {
  mobilisationBy: string;
  implementationFrom: string;
  implementationTo: string;
  summaryBy: string;
} {
  return {
    mobilisationBy: `${year}-05-31`,
    implementationFrom: `${year}-05-01`,
    implementationTo: `${year}-12-31`,
    summaryBy: `${year}-12-01`,
  };
}
