import { randomInt, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HULEI_CONFIG, type HuleiConfig } from '../common/config/config';
import { isDuplicateKey } from '../common/idempotency/idempotency.service';
import { inTransaction } from '../database/transactions';
import { attemptKey, attemptRowId, openAttempt, signAttempt } from './attempt-token';
import {
  QUIZ_AUDIENCES,
  QUIZ_BADGE_MIN_SCORE,
  QUIZ_LENGTH,
  TRUE_FALSE_OPTIONS,
  ancestorCode,
  type QuizAudience,
  type RegionLevel,
} from '@hulei/shared';
import { AppError } from '../common/errors/app-error';
import { MarketsService } from '../markets/markets.service';
import { RegionsService } from '../regions/regions.service';
import type { Cadre } from '../identity/auth/cadre';
import type { JurisdictionScope } from '../common/jurisdiction/scope';
import type {
  QuizAnswerDto,
  QuizAttemptDto,
  QuizStatsDto,
  QuizStatsQueryDto,
  QuizSubmissionResultDto,
} from './dto/quiz.dto';
import { questionProblems } from './question-rules';
import { QuizAnswer, QuizAttempt, QuizQuestion } from './quiz.entities';
import { QuizzesRepository, type QuestionTextFields } from './quizzes.repository';
import { STARTER_QUESTIONS, type StarterQuestion } from './starter';

export interface SeedCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

/** `count` items of `items` in random order (Fisher–Yates on a copy). */
function drawRandom<T>(items: readonly T[], count: number): T[] {
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, count);
}

/** The stored fields of a starter question: true/false questions get their two options here. */
export function starterQuestionFields(item: StarterQuestion): QuestionTextFields {
  return {
    audience: item.audience,
    type: item.type,
    stem: item.stem,
    options: item.type === 'true_false' ? TRUE_FALSE_OPTIONS.map((o) => ({ ...o })) : item.options,
    correctOptionKeys: [...item.correctOptionKeys].sort(),
    explanationCorrect: item.explanationCorrect,
    explanationWrong: item.explanationWrong,
  };
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join(',') === [...b].sort().join(',');
}

@Injectable()
export class QuizzesService {
  private readonly banks = new Map<QuizAudience, { until: number; questions: QuizQuestion[] }>();

  private readonly attemptKey: Buffer;

  constructor(
    private readonly quizzes: QuizzesRepository,
    private readonly regions: RegionsService,
    private readonly markets: MarketsService,
    private readonly dataSource: DataSource,
    @Inject(HULEI_CONFIG) config: HuleiConfig,
  ) {
    this.attemptKey = attemptKey(config.tokenSecret);
  }

  /** Draws a quiz for an audience; what was drawn is signed into the attempt id. Nothing about who asks. */
  async startAttempt(
    audience: QuizAudience,
    regionCode: string | null,
    marketEventId: string | null = null,
    now = new Date(),
  ): Promise<QuizAttemptDto> {
    if (regionCode !== null) await this.requireKnownRegion(regionCode);
    if (marketEventId !== null) await this.markets.assertKnownEvent(marketEventId);
    const bank = await this.activeBank(audience, now);
    if (bank.length === 0) throw AppError.notFound('这个年龄段的题目还在准备中');
    const drawn = drawRandom(bank, QUIZ_LENGTH);
    // Nothing is written for a draw: the attempt travels signed with the taker until hand-in.
    const attemptId = signAttempt(
      {
        audience,
        regionCode,
        marketEventId: marketEventId?.toLowerCase() ?? null,
        questionIds: drawn.map((q) => q.id),
        drawnAt: now.getTime(),
      },
      this.attemptKey,
    );

    return {
      attemptId,
      questions: drawn.map((q) => ({
        id: q.id,
        type: q.type,
        stem: q.stem,
        options: q.options.map((o) => ({ key: o.key, text: o.text })),
      })),
    };
  }

  /** The active bank of an audience, from memory for a minute: a market day draws from it hundreds of times. */
  private async activeBank(audience: QuizAudience, now: Date): Promise<QuizQuestion[]> {
    const cached = this.banks.get(audience);
    if (cached && cached.until > now.getTime()) return cached.questions;
    const questions = await this.quizzes.findActiveQuestions(audience);
    this.banks.set(audience, { until: now.getTime() + BANK_TTL_MS, questions });
    return questions;
  }

  /**
   * Grades an attempt once. Bad answers are refused before anything is written; the attempt, its
   * answers and its market counter are stored in one transaction under an id derived from the
   * token, so a second hand-in (even a simultaneous one) is a duplicate and gets 409.
   */
  async submit(attemptId: string, answers: QuizAnswerDto[], now = new Date()): Promise<QuizSubmissionResultDto> {
    const attempt = openAttempt(attemptId, this.attemptKey, now.getTime());
    if (!attempt) throw AppError.notFound('没有找到这份答卷');
    const rowId = attemptRowId(attemptId);
    if (await this.quizzes.attemptExists(rowId)) throw alreadySubmitted();

    const questions = new Map((await this.quizzes.findQuestionsByIds(attempt.questionIds)).map((q) => [q.id, q]));
    const chosen = new Map<string, string[]>();
    answers.forEach((answer, index) => {
      const question = questions.get(answer.questionId);
      if (!question || !attempt.questionIds.includes(answer.questionId)) {
        throw AppError.validation(`answers.${index}.questionId`, '这道题不在这份答卷里');
      }
      if (chosen.has(answer.questionId)) {
        throw AppError.validation(`answers.${index}.questionId`, '同一道题只能回答一次');
      }
      const keys = answer.optionKeys;
      if (keys.some((key) => !question.options.some((o) => o.key === key))) {
        throw AppError.validation(`answers.${index}.optionKeys`, '没有这个选项');
      }
      if (new Set(keys).size !== keys.length) {
        throw AppError.validation(`answers.${index}.optionKeys`, '同一个选项只能选一次');
      }
      if (question.type !== 'multiple' && keys.length !== 1) {
        throw AppError.validation(`answers.${index}.optionKeys`, '这道题只能选一个答案');
      }
      chosen.set(answer.questionId, keys);
    });

    const graded = attempt.questionIds
      .map((id) => questions.get(id))
      .filter((q): q is QuizQuestion => q !== undefined)
      .map((question) => {
        const keys = chosen.get(question.id) ?? [];
        return { question, keys, correct: sameKeys(keys, question.correctOptionKeys) };
      });
    const score = graded.filter((g) => g.correct).length;

    const regionCode = attempt.regionCode;
    const at = (level: RegionLevel) => (regionCode === null ? null : (ancestorCode(regionCode, level) ?? null));
    const row = Object.assign(new QuizAttempt(), {
      id: rowId,
      audience: attempt.audience as QuizAudience,
      regionCode,
      provinceCode: at('province'),
      cityCode: at('city'),
      countyCode: at('county'),
      townCode: at('town'),
      villageCode: at('village'),
      marketEventId: attempt.marketEventId,
      questionIds: attempt.questionIds,
      score,
      createdAt: new Date(attempt.drawnAt),
      submittedAt: now,
    });
    const answerRows = graded.map(({ question, keys, correct }) =>
      Object.assign(new QuizAnswer(), { attemptId: rowId, questionId: question.id, optionKeys: keys, correct }),
    );
    try {
      await inTransaction(this.dataSource, async (manager) => {
        await this.quizzes.insertAttempt(row, manager);
        await this.quizzes.insertAnswers(answerRows, manager);
        if (row.marketEventId !== null) await this.markets.countQuizTaken(row.marketEventId, manager);
      });
    } catch (error) {
      if (isDuplicateKey(error)) throw alreadySubmitted();
      throw error;
    }

    return {
      score,
      total: graded.length,
      results: graded.map(({ question, correct }) => ({
        questionId: question.id,
        correct,
        correctOptionKeys: [...question.correctOptionKeys].sort(),
        explanation: correct ? question.explanationCorrect : question.explanationWrong,
      })),
      badge: score >= QUIZ_BADGE_MIN_SCORE,
    };
  }

  /**
   * Participation and the most-missed questions in the caller's jurisdiction over a range of
   * local (China Standard Time) days: what to teach next. Counts only; nobody is identified.
   */
  async stats(cadre: Cadre, query: QuizStatsQueryDto, now = new Date()): Promise<QuizStatsDto> {
    const to = query.to ?? chinaDate(now);
    checkChinaDate('to', to);
    const from = query.from ?? chinaDate(new Date(startOfChinaDay(to).getTime() - (STATS_DEFAULT_DAYS - 1) * DAY_MS));
    checkChinaDate('from', from);
    const start = startOfChinaDay(from);
    const end = new Date(startOfChinaDay(to).getTime() + DAY_MS);
    if (end <= start) throw AppError.validation('to', '截止日期不能早于起始日期');
    if (end.getTime() - start.getTime() > STATS_MAX_DAYS * DAY_MS) {
      throw AppError.validation('from', `一次最多统计 ${STATS_MAX_DAYS} 天`);
    }
    const [groups, missed] = await Promise.all([
      this.quizzes.countAttemptsByAudience(cadre.scope, start, end),
      this.quizzes.findMostMissed(cadre.scope, start, end, STATS_MOST_MISSED),
    ]);
    const questions = new Map(
      (await this.quizzes.findQuestionsByIds(missed.map((m) => m.questionId))).map((q) => [q.id, q]),
    );
    const average = (sum: number, count: number) => (count === 0 ? null : Math.round((sum / count) * 10) / 10);
    const total = groups.reduce(
      (acc, g) => ({
        attempts: acc.attempts + g.attempts,
        completed: acc.completed + g.completed,
        scoreSum: acc.scoreSum + g.scoreSum,
      }),
      { attempts: 0, completed: 0, scoreSum: 0 },
    );
    return {
      from,
      to,
      attempts: total.attempts,
      completed: total.completed,
      averageScore: average(total.scoreSum, total.completed),
      byAudience: QUIZ_AUDIENCES.map((audience) => {
        const g = groups.find((x) => x.audience === audience) ?? { attempts: 0, completed: 0, scoreSum: 0 };
        return {
          audience,
          attempts: g.attempts,
          completed: g.completed,
          averageScore: average(g.scoreSum, g.completed),
        };
      }),
      mostMissed: missed
        .filter((m) => questions.has(m.questionId))
        .map((m) => {
          const question = questions.get(m.questionId)!;
          return {
            questionId: m.questionId,
            audience: question.audience,
            stem: question.stem,
            answered: m.answered,
            missed: m.missed,
            missRate: Math.round((m.missed / m.answered) * 100) / 100,
          };
        }),
    };
  }

  /**
   * For reports: quizzes taken in [from, to) per region of `column` and audience, and the questions
   * missed most often in the latest `sample` sheets handed in there. Counts only; nobody is identified.
   */
  async countsForReport(
    scope: JurisdictionScope,
    column: string,
    from: Date,
    to: Date,
    mostMissed: { limit: number; sample: number },
  ) {
    const [attempts, missed] = await Promise.all([
      this.quizzes.countAttemptsForReport(scope, column, from, to),
      this.quizzes.findMostMissedRecent(scope, from, to, mostMissed.limit, mostMissed.sample),
    ]);
    const questions = new Map(
      (await this.quizzes.findQuestionsByIds(missed.map((m) => m.questionId))).map((q) => [q.id, q]),
    );
    return {
      attempts,
      mostMissed: missed
        .filter((m) => questions.has(m.questionId))
        .map((m) => ({
          stem: questions.get(m.questionId)!.stem,
          audience: questions.get(m.questionId)!.audience,
          answered: m.answered,
          missed: m.missed,
        })),
    };
  }

  /** For reports' month-by-month trends: quizzes started in [from, to) in the scope. */
  attemptsStartedForReport(scope: JurisdictionScope, from: Date, to: Date): Promise<number> {
    return this.quizzes.countAttemptsStarted(scope, from, to);
  }

  /**
   * Loads the starter question bank, or brings its text up to date: matched by slug, so a second
   * run adds what is new and changes nothing else. A question a cadre switched off stays off.
   */
  async seedStarter(starter: readonly StarterQuestion[] = STARTER_QUESTIONS, now = new Date()): Promise<SeedCounts> {
    const counts: SeedCounts = { inserted: 0, updated: 0, unchanged: 0 };
    const existing = new Map(
      (await this.quizzes.findQuestionsBySlugs(starter.map((q) => q.slug))).map((q) => [q.slug, q]),
    );
    for (const item of starter) {
      const text = starterQuestionFields(item);
      const problems = questionProblems(text);
      if (problems.length > 0) throw new Error(`starter question ${item.slug}: ${problems.join('；')}`);
      const current = existing.get(item.slug);
      if (!current) {
        const question = Object.assign(new QuizQuestion(), text, {
          id: randomUUID(),
          slug: item.slug,
          active: true,
          createdAt: now,
          updatedAt: now,
        });
        await this.quizzes.insertQuestion(question);
        counts.inserted += 1;
      } else if (
        current.audience !== text.audience ||
        current.type !== text.type ||
        current.stem !== text.stem ||
        JSON.stringify(current.options) !== JSON.stringify(text.options) ||
        current.correctOptionKeys.join(',') !== text.correctOptionKeys.join(',') ||
        current.explanationCorrect !== text.explanationCorrect ||
        current.explanationWrong !== text.explanationWrong
      ) {
        await this.quizzes.updateQuestionText(current.id, text, now);
        counts.updated += 1;
      } else {
        counts.unchanged += 1;
      }
    }
    this.banks.clear();
    return counts;
  }

  private async requireKnownRegion(code: string): Promise<void> {
    const known = await this.regions.requireRegion(code).then(
      () => true,
      (error: unknown) => {
        if (error instanceof AppError && error.code === 'NOT_FOUND') return false;
        throw error;
      },
    );
    if (!known) throw AppError.validation('regionCode', '没有这个区划');
  }
}

const DAY_MS = 24 * 3600_000;
// A question switched off stops being drawn within this time.
const BANK_TTL_MS = 60_000;
// China has one time zone and no daylight saving: a local day is [00:00+08:00, next 00:00+08:00).
const CHINA_OFFSET_MS = 8 * 3600_000;
const STATS_DEFAULT_DAYS = 30;
const STATS_MAX_DAYS = 366;
const STATS_MOST_MISSED = 10;

/** The China Standard Time date (YYYY-MM-DD) of an instant. */
function chinaDate(at: Date): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a China Standard Time day starts (an invalid date for an impossible day). */
function startOfChinaDay(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00+08:00`));
}

function checkChinaDate(field: string, value: string): void {
  const day = startOfChinaDay(value);
  if (Number.isNaN(day.getTime()) || chinaDate(day) !== value) throw AppError.validation(field, '没有这一天');
}

function alreadySubmitted(): AppError {
  return new AppError('CONFLICT', '这份答卷已经交过了，可以再答一次新的');
}
