import type { INestApplicationContext } from '@nestjs/common';
import { ContentService } from '../content/content.service';
import { QuizzesService } from '../quizzes/quizzes.service';

/**
 * The national starter lessons (published) and quiz bank. Matched by slug, so it is safe to run at
 * every start and after every release: new items are added, changed texts updated, nothing doubled.
 * Not demo data: production needs it too.
 */
export async function seedStarterLearning(app: INestApplicationContext, log: (line: string) => void): Promise<void> {
  const lessons = await app.get(ContentService).seedStarter();
  log(`starter lessons: ${lessons.inserted} added, ${lessons.updated} updated, ${lessons.unchanged} unchanged`);
  const questions = await app.get(QuizzesService).seedStarter();
  log(`starter questions: ${questions.inserted} added, ${questions.updated} updated, ${questions.unchanged} unchanged`);
}
