// Vocabulary of self-protection learning: lessons (content) and quizzes, by audience.
// Values are the wire format; labels are what people read (zh-CN).

/** Who a lesson or a question bank is written for. */
export const AUDIENCES = ['child_6_8', 'child_9_12', 'child_13_17', 'parent', 'cadre'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const AUDIENCE_LABELS: Record<Audience, string> = {
  child_6_8: '6–8 岁儿童',
  child_9_12: '9–12 岁儿童',
  child_13_17: '13–17 岁青少年',
  parent: '家长',
  cadre: '妇联干部',
};

/** Audiences that have a quiz; cadres learn from articles and training, not from the public quiz. */
export const QUIZ_AUDIENCES = ['child_6_8', 'child_9_12', 'child_13_17', 'parent'] as const;
export type QuizAudience = (typeof QUIZ_AUDIENCES)[number];

export const CONTENT_KINDS = ['article', 'video', 'poster'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

export const CONTENT_KIND_LABELS: Record<ContentKind, string> = {
  article: '文章',
  video: '视频',
  poster: '海报',
};

/** A lesson's life: written, reviewed by a second person, published, and possibly withdrawn. */
export const CONTENT_STATUSES = ['draft', 'in_review', 'published', 'withdrawn'] as const;
export type ContentStatus = (typeof CONTENT_STATUSES)[number];

export const CONTENT_STATUS_LABELS: Record<ContentStatus, string> = {
  draft: '草稿',
  in_review: '待审核',
  published: '已发布',
  withdrawn: '已下架',
};

export const QUESTION_TYPES = ['single', 'multiple', 'true_false'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
  single: '单选题',
  multiple: '多选题',
  true_false: '判断题',
};

/** The two options of every true/false question. */
export const TRUE_FALSE_OPTIONS = [
  { key: 'T', text: '对' },
  { key: 'F', text: '错' },
] as const;

/** Questions drawn for one quiz. */
export const QUIZ_LENGTH = 10;

/** Correct answers (of QUIZ_LENGTH) that earn the badge. */
export const QUIZ_BADGE_MIN_SCORE = 8;
export const QUIZ_BADGE_NAME = '自护小卫士';
