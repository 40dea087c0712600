import { Injectable } from '@nestjs/common';
import type { QuizAudience } from '@hulei/shared';
import { DataSource, In, IsNull } from 'typeorm';
import { QuizAnswer, QuizAttempt, QuizQuestion } from './quiz.entities';

export type QuestionTextFields = Pick<
  QuizQuestion,
  'audience' | 'type' | 'stem' | 'options' | 'correctOptionKeys' | 'explanationCorrect' | 'explanationWrong'
>;

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

  async insertAttempt(attempt: QuizAttempt): Promise<void> {
    await this.attempts.insert(attempt);
  }

  findAttempt(id: string): Promise<QuizAttempt | null> {
    return this.attempts.findOneBy({ id });
  }

  /** Marks the attempt submitted unless it already was; one statement, so exactly one caller wins. */
  async claimSubmission(id: string, score: number, submittedAt: Date): Promise<boolean> {
    const result = await this.attempts.update({ id, submittedAt: IsNull() }, { score, submittedAt });
    return result.affected === 1;
  }

  /** Undoes a claim whose answers could not be stored, so the taker can send them again. */
  async releaseSubmission(id: string): Promise<void> {
    await this.attempts.update({ id }, { score: null, submittedAt: null });
  }

  /** All answers of one attempt in one statement. */
  async insertAnswers(answers: QuizAnswer[]): Promise<void> {
    if (answers.length === 0) return;
    await this.dataSource.getRepository(QuizAnswer).insert(answers);
  }
}
