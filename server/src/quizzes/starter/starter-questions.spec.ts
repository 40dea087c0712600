import { QUESTION_TYPES, QUIZ_AUDIENCES, QUIZ_LENGTH } from '@hulei/shared';
import { questionProblems } from '../question-rules';
import { starterQuestionFields } from '../quizzes.service';
import { STARTER_QUESTIONS } from '.';

// Words that shame rather than teach; none of them belongs in an explanation for a child or a parent.
const SHAMING = ['笨', '傻', '丢人', '你错了', '错了吧', '不应该不知道', '怎么连'];

describe('starter question bank', () => {
  it('holds at least 80 questions, at least 18 for each quiz audience, with every type', () => {
    expect(STARTER_QUESTIONS.length).toBeGreaterThanOrEqual(80);
    for (const audience of QUIZ_AUDIENCES) {
      const bank = STARTER_QUESTIONS.filter((q) => q.audience === audience);
      expect(bank.length).toBeGreaterThanOrEqual(Math.max(18, QUIZ_LENGTH));
      expect(new Set(bank.map((q) => q.type))).toEqual(new Set(QUESTION_TYPES));
    }
  });

  it('has unique slugs and stems', () => {
    const slugs = STARTER_QUESTIONS.map((q) => q.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9-]{1,64}$/);
    const stems = STARTER_QUESTIONS.map((q) => q.stem);
    expect(new Set(stems).size).toBe(stems.length);
  });

  it.each(STARTER_QUESTIONS.map((q) => [q.slug, q] as const))(
    '%s has a valid correct answer and a kind explanation for each outcome',
    (_slug, question) => {
      expect(questionProblems(starterQuestionFields(question))).toEqual([]);
      expect(question.explanationCorrect).not.toBe(question.explanationWrong);
      for (const text of [question.explanationCorrect, question.explanationWrong]) {
        expect(SHAMING.filter((word) => text.includes(word))).toEqual([]);
      }
    },
  );

  it('does not always hide the answer behind the same letter', () => {
    for (const audience of QUIZ_AUDIENCES) {
      const letters = STARTER_QUESTIONS.filter((q) => q.audience === audience && q.type === 'single').map(
        (q) => q.correctOptionKeys[0],
      );
      expect(new Set(letters).size).toBeGreaterThanOrEqual(3);
    }
  });
});
