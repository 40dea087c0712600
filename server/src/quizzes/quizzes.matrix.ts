import type { MatrixCases } from '../testing/jurisdiction-matrix';
import { QuizzesService } from './quizzes.service';

let days = 0;

export const QUIZZES_MATRIX: MatrixCases = {
  'GET /api/cadre/quiz-stats': {
    // One quiz taken in the village on a day of its own: the statistics of that day show it or not.
    make: async (t, village) => {
      const quizzes = t.app.get(QuizzesService);
      await quizzes.seedStarter();
      const day = new Date(Date.UTC(2020, 0, 1) + days++ * 24 * 3600_000).toISOString().slice(0, 10);
      const drawn = await quizzes.startAttempt('parent', village, null, new Date(`${day}T04:00:00Z`));
      await quizzes.submit(drawn.attemptId, [], new Date(`${day}T04:05:00Z`));
      return { path: `/api/cadre/quiz-stats?from=${day}&to=${day}`, recordId: drawn.attemptId };
    },
    lists: (body) => (body as { attempts: number }).attempts === 1,
  },
};
