import { AUDIENCE_LABELS, AUDIENCES, QUIZ_AUDIENCES, type Audience, type QuizAudience } from '@hulei/shared';

/** Who can pick lessons in the public app: children by age and parents (cadre material is for the workbench). */
export const READER_AUDIENCES = AUDIENCES.filter((a) => a !== 'cadre');

/** Short labels for the age picker. */
export const READER_LABELS: Record<Audience, string> = { ...AUDIENCE_LABELS, child_13_17: '13–17 岁' };

export function readerAudience(value: string | undefined): Audience | undefined {
  return (AUDIENCES as readonly string[]).includes(value ?? '') ? (value as Audience) : undefined;
}

export function quizAudience(value: string | undefined): QuizAudience | undefined {
  return (QUIZ_AUDIENCES as readonly string[]).includes(value ?? '') ? (value as QuizAudience) : undefined;
}
