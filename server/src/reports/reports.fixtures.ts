import { randomUUID } from 'node:crypto';
import type { ChecklistItemId, HelpCategory, QuizAudience, Urgency } from '@hulei/shared';
import { chinaDate, chinaYear } from '../common/china-date';
import { HelpRequestsService } from '../help-requests/help-requests.service';
import { QuizzesService } from '../quizzes/quizzes.service';
import { answers } from '../screening/screening.fixtures';
import type { TestApp } from '../testing/test-app';

/** Builders that create activity the way people do: through the routes or the services behind them. */

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** A help request as a child sends it. */
export async function helpRequest(
  t: TestApp,
  villageCode: string,
  category: HelpCategory,
  urgency: Urgency,
): Promise<void> {
  await t.app.get(HelpRequestsService).submit(
    {
      category,
      description: '月报测试：孩子说放学路上有人欺负他',
      regionCode: villageCode,
      urgency,
      requesterRole: 'child',
    },
    randomUUID(),
    randomUUID(),
  );
}

/** The ids of a cadre's inbox, newest first. */
export async function inbox(
  t: TestApp,
  token: string,
): Promise<Array<{ id: string; regionCode: string; category: string; status: string }>> {
  const res = await t.http().get('/api/cadre/help-requests?pageSize=100').set(bearer(token)).expect(200);
  return res.body.items;
}

/** A household added by the chair, and her visit to it with concerns on some items. */
export async function visitedHousehold(
  t: TestApp,
  token: string,
  villageCode: string,
  address: string,
  concerns: ChecklistItemId[] | null,
): Promise<string> {
  const household = await t
    .http()
    .post(`/api/cadre/screening/villages/${villageCode}/households`)
    .set(bearer(token))
    .send({ address, headName: '户主', children: [{ name: '孩子', birthYear: chinaYear() - 9 }] })
    .expect(201);
  if (concerns === null) return household.body.id;
  await t
    .http()
    .post('/api/cadre/screening/visits')
    .set(bearer(token))
    .set('Idempotency-Key', randomUUID())
    .send({
      householdId: household.body.id,
      visitedOn: chinaDate(),
      attendees: '妇联主席、户主、孩子',
      answers: answers(Object.fromEntries(concerns.map((item) => [item, 'concern']))),
    })
    .expect(201);
  return household.body.id;
}

/** A quiz taken on a phone: started, and handed in with the first option of each question unless left open. */
export async function quiz(
  t: TestApp,
  audience: QuizAudience,
  regionCode: string,
  handIn: boolean,
  marketEventId?: string,
): Promise<number | null> {
  const started = await t
    .http()
    .post('/api/quizzes/attempts')
    .send({ audience, regionCode, ...(marketEventId ? { marketEventId } : {}) })
    .expect(201);
  if (!handIn) return null;
  const questions: Array<{ id: string; options: Array<{ key: string }> }> = started.body.questions;
  const result = await t
    .http()
    .post(`/api/quizzes/attempts/${started.body.attemptId}/submission`)
    .send({ answers: questions.map((q) => ({ questionId: q.id, optionKeys: [q.options[0].key] })) })
    .expect(201);
  return result.body.score as number;
}

export async function seedQuestions(t: TestApp): Promise<void> {
  await t.app.get(QuizzesService).seedStarter();
}
