import type { ApiSchemas, Audience, QuizAudience } from '@hulei/shared';
import { api } from './index';

export type LessonSummary = ApiSchemas['ContentSummaryDto'];
export type Lesson = ApiSchemas['ContentItemDto'];
export type QuizDraw = ApiSchemas['QuizAttemptDto'];
export type QuizQuestion = ApiSchemas['QuizQuestionDto'];
export type QuizResult = ApiSchemas['QuizSubmissionResultDto'];
export type MarketLanding = ApiSchemas['MarketLandingDto'];

/** Lessons, quizzes and market-day landings: everything public a learner reads. */
export const learningApi = {
  lessons: (audience: Audience, regionCode?: string) =>
    api.get('/api/content', { query: { audience, regionCode, pageSize: 50 } }),
  lesson: (id: string) => api.get('/api/content/{id}', { path: { id } }),
  /** One read of a lesson, counted per day and region: a POST without an idempotency key, so never retried. */
  countRead: (id: string, where: { regionCode?: string; marketEventId?: string }) =>
    api.post('/api/content/{id}/reads', { path: { id }, body: where }),
  startQuiz: (audience: QuizAudience, marketEventId?: string) =>
    api.post('/api/quizzes/attempts', { body: { audience, marketEventId } }),
  submitQuiz: (attemptId: string, answers: Array<{ questionId: string; optionKeys: string[] }>) =>
    api.post('/api/quizzes/attempts/{id}/submission', { path: { id: attemptId }, body: { answers } }),
  marketLanding: (code: string) => api.get('/api/markets/events/{code}', { path: { code } }),
  countScan: (code: string) => api.post('/api/markets/events/{code}/scans', { path: { code } }),
};
