import { QUESTION_TYPES, QUIZ_AUDIENCES, TRUE_FALSE_OPTIONS, type QuestionType } from '@hulei/shared';
import type { QuizOption } from './quiz.entities';

/** What a question must hold, whoever wrote it. */
export interface QuestionDraft {
  audience: string;
  type: QuestionType;
  stem: string;
  options: QuizOption[];
  correctOptionKeys: string[];
  explanationCorrect: string;
  explanationWrong: string;
}

const OPTION_KEY = /^[A-Z]$/;

/** The problems of a question, in Chinese; empty when it can be asked. */
export function questionProblems(q: QuestionDraft): string[] {
  const problems: string[] = [];
  if (!(QUIZ_AUDIENCES as readonly string[]).includes(q.audience)) problems.push('没有这个答题对象');
  if (!QUESTION_TYPES.includes(q.type)) problems.push('没有这种题型');
  if (q.stem.trim() === '' || q.stem.length > 300) problems.push('题干应为 1–300 字');
  const keys = q.options.map((o) => o.key);
  if (new Set(keys).size !== keys.length) problems.push('选项的键重复');
  if (q.options.some((o) => !OPTION_KEY.test(o.key) || o.text.trim() === '')) problems.push('选项的键或文字不正确');
  if (q.type === 'true_false') {
    const expected = TRUE_FALSE_OPTIONS.map((o) => `${o.key}:${o.text}`).join(',');
    if (q.options.map((o) => `${o.key}:${o.text}`).join(',') !== expected) problems.push('判断题的选项应为“对”和“错”');
  } else if (q.options.length < 2 || q.options.length > 6) {
    problems.push('选择题应有 2–6 个选项');
  }
  const correct = q.correctOptionKeys;
  if (correct.length === 0 || correct.some((k) => !keys.includes(k)) || new Set(correct).size !== correct.length) {
    problems.push('正确答案必须是题目中的选项');
  }
  if (q.type !== 'multiple' && correct.length !== 1) problems.push('单选题和判断题只有一个正确答案');
  if (q.type === 'multiple' && (correct.length < 2 || correct.length === q.options.length)) {
    problems.push('多选题应有两个以上、但不是全部选项正确');
  }
  for (const [field, text] of [
    ['答对时的讲解', q.explanationCorrect],
    ['答错时的讲解', q.explanationWrong],
  ] as const) {
    if (text.trim() === '' || text.length > 500) problems.push(`${field}应为 1–500 字`);
  }
  return problems;
}
