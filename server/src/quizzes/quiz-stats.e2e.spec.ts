import { QUIZ_LENGTH } from '@hulei/shared';
import { startTestApp, type TestApp } from '../testing/test-app';
import { QuizQuestion } from './quiz.entities';
import { QuizzesService } from './quizzes.service';

describe('quiz statistics for cadres: participation and what to teach next', () => {
  let t: TestApp;
  let service: QuizzesService;
  let bank: Map<string, QuizQuestion>;
  let missedEverywhere: string; // the question every taker in 太平铺村 got wrong
  const villageScores: number[] = []; // 太平铺村's three 9–12 quizzes
  let parentScore = 0; // 海沙坪村's parent

  /** Takes a quiz at noon (China time) of `day`, answering `wrong` of the drawn questions wrongly. */
  async function take(
    audience: 'child_9_12' | 'parent',
    regionCode: string | null,
    day: string,
    wrong: (questionId: string, index: number) => boolean,
  ): Promise<{ ids: string[]; score: number }> {
    const drawn = await service.startAttempt(audience, regionCode, null, new Date(`${day}T04:00:00Z`));
    const missed: string[] = [];
    const answers = drawn.questions.map((q, index) => {
      const correct = bank.get(q.id)!.correctOptionKeys;
      if (!wrong(q.id, index)) return { questionId: q.id, optionKeys: [...correct] };
      missed.push(q.id);
      return { questionId: q.id, optionKeys: [q.options.find((o) => !correct.includes(o.key))!.key] };
    });
    const { score } = await service.submit(drawn.attemptId, answers, new Date(`${day}T04:10:00Z`));
    return { ids: drawn.questions.map((q) => q.id), score };
  }

  beforeAll(async () => {
    t = await startTestApp({ demoAccounts: true });
    service = t.app.get(QuizzesService);
    await service.seedStarter();
    bank = new Map((await t.dataSource.getRepository(QuizQuestion).find()).map((q) => [q.id, q]));
    // 太平铺村, 1 June: three 9–12 quizzes; the first question drawn in the first is missed every time it appears.
    const first = await take('child_9_12', '431222114200', '2026-06-01', (_id, index) => index === 0);
    missedEverywhere = first.ids[0];
    villageScores.push(first.score);
    for (let i = 0; i < 2; i += 1) {
      villageScores.push(
        (await take('child_9_12', '431222114200', '2026-06-01', (id) => id === missedEverywhere)).score,
      );
    }
    // 海沙坪村 (same town, another village), 2 June: a parent gets 3 wrong.
    parentScore = (await take('parent', '431222114203', '2026-06-02', (_id, index) => index < 3)).score;
    // No region chosen: counted nowhere.
    await take('parent', null, '2026-06-02', () => true);
    // Drawn and never handed in: leaves no trace (a draw stores nothing).
    await service.startAttempt('parent', '431222114200', null, new Date('2026-06-02T04:00:00Z'));
  });
  afterAll(() => t.close());

  async function stats(phone: string, query: Record<string, string>) {
    const token = await t.login(phone);
    return t.http().get('/api/cadre/quiz-stats').query(query).set('Authorization', `Bearer ${token}`);
  }

  it('gives a village its own participation, average and most-missed questions', async () => {
    const res = await stats('13800000001', { from: '2026-06-01', to: '2026-06-30' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ from: '2026-06-01', to: '2026-06-30', attempts: 3, completed: 3 });
    const scores = res.body.byAudience.find((a: { audience: string }) => a.audience === 'child_9_12');
    expect(scores).toMatchObject({ attempts: 3, completed: 3 });
    expect(res.body.byAudience.find((a: { audience: string }) => a.audience === 'parent')).toEqual({
      audience: 'parent',
      attempts: 0,
      completed: 0,
      averageScore: null,
    });
    expect(res.body.byAudience.map((a: { audience: string }) => a.audience)).toEqual([
      'child_6_8',
      'child_9_12',
      'child_13_17',
      'parent',
    ]);
    const [top] = res.body.mostMissed;
    expect(top).toMatchObject({
      questionId: missedEverywhere,
      audience: 'child_9_12',
      stem: bank.get(missedEverywhere)!.stem,
      missRate: 1,
    });
    expect(top.missed).toBe(top.answered);
    expect(res.body.mostMissed.length).toBeLessThanOrEqual(10);
    const average = (scores: number[]) => Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10;
    expect(res.body.averageScore).toBe(average(villageScores));
    expect(scores.averageScore).toBe(average(villageScores));
  });

  it('gives the town both villages, and the county the same; a date range narrows it', async () => {
    const town = await stats('13800000003', { from: '2026-06-01', to: '2026-06-02' });
    expect(town.body).toMatchObject({ attempts: 4, completed: 4 });
    const all = [...villageScores, parentScore];
    expect(town.body.averageScore).toBe(Math.round((all.reduce((a, b) => a + b, 0) / all.length) * 10) / 10);
    expect(parentScore).toBe(QUIZ_LENGTH - 3);
    const rates = town.body.mostMissed.map((m: { missRate: number }) => m.missRate);
    expect(rates).toEqual([...rates].sort((a, b) => b - a));
    const county = await stats('13800000004', { from: '2026-06-01', to: '2026-06-02' });
    expect(county.body).toMatchObject({ attempts: 4, completed: 4 });
    const secondDay = await stats('13800000003', { from: '2026-06-02', to: '2026-06-02' });
    expect(secondDay.body).toMatchObject({ attempts: 1, completed: 1, averageScore: QUIZ_LENGTH - 3 });
    const otherVillage = await stats('13800000002', { from: '2026-06-01', to: '2026-06-30' });
    expect(otherVillage.body).toMatchObject({ attempts: 1, completed: 1 });
    expect(otherVillage.body.mostMissed.map((m: { questionId: string }) => m.questionId)).not.toContain(
      missedEverywhere,
    );
  });

  it('defaults to the last 30 days and refuses impossible or too long ranges', async () => {
    const res = await stats('13800000001', {});
    expect(res.status).toBe(200);
    expect(Date.parse(res.body.to) - Date.parse(res.body.from)).toBe(29 * 24 * 3600_000);
    const cases: Array<[Record<string, string>, string, string]> = [
      [{ from: '2026-02-30' }, 'from', '没有这一天'],
      [{ to: '2026-13-01' }, 'to', '没有这一天'],
      [{ from: '2026-06-10', to: '2026-06-01' }, 'to', '截止日期不能早于起始日期'],
      [{ from: '2024-01-01', to: '2026-01-01' }, 'from', '一次最多统计 366 天'],
      [{ from: 'June' }, 'from', '日期格式应为 2026-06-01'],
    ];
    for (const [query, field, message] of cases) {
      const bad = await stats('13800000001', query);
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0]).toEqual({ field, message });
    }
    await t.http().get('/api/cadre/quiz-stats').expect(401);
  });
});
