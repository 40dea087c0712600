import { Injectable } from '@nestjs/common';
import type { QuizAudience } from '@hulei/shared';
import { DataSource, In, type EntityManager, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { whereInScope, type JurisdictionScope } from '../common/jurisdiction/scope';
import { QuizAnswer, QuizAttempt, QuizQuestion } from './quiz.entities';

export type QuestionTextFields = Pick<
  QuizQuestion,
  'audience' | 'type' | 'stem' | 'options' | 'correctOptionKeys' | 'explanationCorrect' | 'explanationWrong'
>;

/** How often each question of `ans` was missed. */
const MISSED = 'SUM(CASE WHEN ans.correct THEN 0 ELSE 1 END)';

@Injectable()
export class QuizzesRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get questions() {
    return this.dataSource.getRepository(QuizQuestion);
  }

  private get attempts() {
    return this.dataSource.getRepository(QuizAttempt);
  }

  /** The whole active bank of one audience (a few dozen rows), served by (audience, active). */
  findActiveQuestions(audience: QuizAudience): Promise<QuizQuestion[]> {
    return this.questions.findBy({ audience, active: true });
  }

  findQuestionsByIds(ids: string[]): Promise<QuizQuestion[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.questions.findBy({ id: In(ids) });
  }

  findQuestionsBySlugs(slugs: string[]): Promise<QuizQuestion[]> {
    if (slugs.length === 0) return Promise.resolve([]);
    return this.questions.findBy({ slug: In(slugs) });
  }

  async insertQuestion(question: QuizQuestion): Promise<void> {
    await this.questions.insert(question);
  }

  async updateQuestionText(id: string, fields: QuestionTextFields, updatedAt: Date): Promise<void> {
    await this.questions.update({ id }, { ...fields, updatedAt });
  }

  async insertAttempt(attempt: QuizAttempt, manager: EntityManager): Promise<void> {
    await manager.getRepository(QuizAttempt).insert(attempt);
  }

  async attemptExists(id: string): Promise<boolean> {
    return (await this.attempts.countBy({ id })) > 0;
  }

  /** All answers of one attempt in one statement. */
  async insertAnswers(answers: QuizAnswer[], manager: EntityManager): Promise<void> {
    if (answers.length === 0) return;
    await manager.getRepository(QuizAnswer).insert(answers);
  }

  /** Attempts started and handed in, and the average score, per audience, in a scope and time range. */
  async countAttemptsByAudience(
    scope: JurisdictionScope,
    from: Date,
    to: Date,
  ): Promise<Array<{ audience: QuizAudience; attempts: number; completed: number; scoreSum: number }>> {
    const query = this.attempts
      .createQueryBuilder('a')
      .select('a.audience', 'audience')
      .addSelect('COUNT(*)', 'attempts')
      .addSelect('COUNT(a.submittedAt)', 'completed')
      .addSelect('COALESCE(SUM(a.score), 0)', 'scoreSum')
      .where('a.createdAt >= :from AND a.createdAt < :to', { from, to });
    whereInScope(query, 'a', scope);
    const rows = await query.groupBy('a.audience').getRawMany<Record<string, string | number>>();
    return rows.map((r) => ({
      audience: r.audience as QuizAudience,
      attempts: Number(r.attempts),
      completed: Number(r.completed),
      scoreSum: Number(r.scoreSum),
    }));
  }

  /** The questions answered wrongly most often (by rate, then by count) in a scope and time range. */
  async findMostMissed(
    scope: JurisdictionScope,
    from: Date,
    to: Date,
    limit: number,
  ): Promise<Array<{ questionId: string; answered: number; missed: number }>> {
    const query = this.dataSource
      .createQueryBuilder()
      .select('ans.question_id', 'questionId')
      .addSelect('COUNT(*)', 'answered')
      .addSelect(MISSED, 'missed')
      .from(QuizAnswer, 'ans')
      .innerJoin(QuizAttempt, 'a', 'a.id = ans.attempt_id')
      .where('a.created_at >= :from AND a.created_at < :to', { from, to });
    whereInScope(query, 'a', scope);
    return rankedByMisses(query, limit);
  }

  /** Reports: attempts started in [from, to) in the scope, per region of `column` and audience. */
  async countAttemptsForReport(
    scope: JurisdictionScope,
    column: string,
    from: Date,
    to: Date,
  ): Promise<
    Array<{ code: string | null; audience: QuizAudience; attempts: number; completed: number; scoreSum: number }>
  > {
    const query = this.attempts
      .createQueryBuilder('a')
      .select(`a.${column}`, 'code')
      .addSelect('a.audience', 'audience')
      .addSelect('COUNT(*)', 'attempts')
      .addSelect('COUNT(a.submitted_at)', 'completed')
      .addSelect('COALESCE(SUM(a.score), 0)', 'scoreSum')
      .where('a.created_at >= :from AND a.created_at < :to', { from, to });
    whereInScope(query, 'a', scope);
    const rows = await query
      .groupBy(`a.${column}`)
      .addGroupBy('a.audience')
      .getRawMany<Record<string, string | number | null>>();
    return rows.map((r) => ({
      code: r.code === null ? null : String(r.code),
      audience: r.audience as QuizAudience,
      attempts: Number(r.attempts),
      completed: Number(r.completed),
      scoreSum: Number(r.scoreSum),
    }));
  }

  /** Reports: attempts started in [from, to) in the scope, counted from the (level, created_at) index alone. */
  countAttemptsStarted(scope: JurisdictionScope, from: Date, to: Date): Promise<number> {
    const query = this.attempts
      .createQueryBuilder('a')
      .where('a.created_at >= :from AND a.created_at < :to', { from, to });
    whereInScope(query, 'a', scope);
    return query.getCount();
  }

  /**
   * Reports: the questions answered wrongly most often in the latest `sample` answer sheets handed in
   * during [from, to). A county's year holds a million answers; a few thousand sheets rank the
   * questions as well, at a cost that does not grow with the region or the period.
   */
  async findMostMissedRecent(
    scope: JurisdictionScope,
    from: Date,
    to: Date,
    limit: number,
    sample: number,
  ): Promise<Array<{ questionId: string; answered: number; missed: number }>> {
    const query = this.dataSource
      .createQueryBuilder()
      .select('ans.question_id', 'questionId')
      .addSelect('COUNT(*)', 'answered')
      .addSelect(MISSED, 'missed')
      .from(QuizAnswer, 'ans')
      .innerJoin(
        (qb) => {
          const recent = qb
            .subQuery()
            .select('a.id', 'id')
            .from(QuizAttempt, 'a')
            .where('a.created_at >= :from AND a.created_at < :to', { from, to })
            .andWhere('a.submitted_at IS NOT NULL');
          whereInScope(recent, 'a', scope);
          return recent.orderBy('a.created_at', 'DESC').limit(sample);
        },
        'recent',
        'recent.id = ans.attempt_id',
      );
    return rankedByMisses(query, limit);
  }
}

/** Per question of `ans`, the worst first (by rate of misses, then by count). */
async function rankedByMisses(
  query: SelectQueryBuilder<ObjectLiteral>,
  limit: number,
): Promise<Array<{ questionId: string; answered: number; missed: number }>> {
  const rows = await query
    .groupBy('ans.question_id')
    .having(`${MISSED} > 0`)
    .orderBy(`${MISSED} * 1.0 / COUNT(*)`, 'DESC')
    .addOrderBy(MISSED, 'DESC')
    .addOrderBy('ans.question_id', 'ASC')
    .limit(limit)
    .getRawMany<Record<string, string | number>>();
  return rows.map((r) => ({
    questionId: String(r.questionId),
    answered: Number(r.answered),
    missed: Number(r.missed),
  }));
}
