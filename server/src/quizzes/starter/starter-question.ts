import type { QuestionType, QuizAudience } from '@hulei/shared';
import type { QuizOption } from '../quiz.entities';

/** A starter question written for 护蕾, loaded by the seed and matched by its slug. */
export interface StarterQuestion {
  slug: string;
  audience: QuizAudience;
  type: QuestionType;
  stem: string;
  /** Empty for true/false questions: those always have 对 (T) and 错 (F). */
  options: QuizOption[];
  correctOptionKeys: string[];
  /** Confirms and adds one thing worth remembering. */
  explanationCorrect: string;
  /** Teaches the right answer kindly; never blames the one who answered. */
  explanationWrong: string;
}

const LETTERS = 'ABCDEF';

/** Builders for one audience's questions, so the bank reads as questions rather than records. */
export function questionsFor(audience: QuizAudience) {
  const options = (texts: string[]): QuizOption[] => texts.map((text, i) => ({ key: LETTERS[i], text }));
  return {
    /** A statement that is right (true) or wrong (false). */
    trueFalse: (slug: string, stem: string, isTrue: boolean, right: string, wrong: string): StarterQuestion => ({
      slug,
      audience,
      type: 'true_false',
      stem,
      options: [],
      correctOptionKeys: [isTrue ? 'T' : 'F'],
      explanationCorrect: right,
      explanationWrong: wrong,
    }),
    /** One right option among `texts`, named by its letter. */
    single: (
      slug: string,
      stem: string,
      texts: string[],
      correct: string,
      right: string,
      wrong: string,
    ): StarterQuestion => ({
      slug,
      audience,
      type: 'single',
      stem,
      options: options(texts),
      correctOptionKeys: [correct],
      explanationCorrect: right,
      explanationWrong: wrong,
    }),
    /** Several right options among `texts`, named by their letters. */
    multiple: (
      slug: string,
      stem: string,
      texts: string[],
      correct: string[],
      right: string,
      wrong: string,
    ): StarterQuestion => ({
      slug,
      audience,
      type: 'multiple',
      stem,
      options: options(texts),
      correctOptionKeys: correct,
      explanationCorrect: right,
      explanationWrong: wrong,
    }),
  };
}
