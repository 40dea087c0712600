import { attemptRowId } from './attempt-token';
import { QUIZ_AUDIENCES, QUIZ_LENGTH } from '@hulei/shared';
import { startTestApp, type TestApp } from '../testing/test-app';
import { QuizAttempt, QuizQuestion } from './quiz.entities';
import { QuizzesService } from './quizzes.service';
import { STARTER_QUESTIONS } from './starter';

interface DrawnQuestion {
  id: string;
  type: 'single' | 'multiple' | 'true_false';
  stem: string;
  options: Array<{ key: string; text: string }>;
}

interface Draw {
  attemptId: string;
  questions: DrawnQuestion[];
}

describe('quizzes API', () => {
  let t: TestApp;
  let bank: Map<string, QuizQuestion>;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(QuizzesService).seedStarter();
    bank = new Map((await t.dataSource.getRepository(QuizQuestion).find()).map((q) => [q.id, q]));
  });
  afterAll(() => t.close());

  async function draw(body: Record<string, unknown> = { audience: 'child_9_12' }): Promise<Draw> {
    const res = await t.http().post('/api/quizzes/attempts').send(body).expect(201);
    return res.body;
  }

  /** Answers every question: right ones from the bank, wrong ones with another option. */
  function answers(drawn: Draw, wrongCount = 0): Array<{ questionId: string; optionKeys: string[] }> {
    return drawn.questions.map((q, index) => {
      const correct = bank.get(q.id)!.correctOptionKeys;
      if (index >= wrongCount) return { questionId: q.id, optionKeys: [...correct] };
      const wrong = q.options.find((o) => !correct.includes(o.key))!.key;
      return { questionId: q.id, optionKeys: [wrong] };
    });
  }

  async function counts(): Promise<{ attempts: number; answers: number; submitted: number }> {
    const [row] = await t.dataSource.query(
      'SELECT (SELECT COUNT(*) FROM quiz_attempt) AS attempts, (SELECT COUNT(*) FROM quiz_answer) AS answers,' +
        ' (SELECT COUNT(*) FROM quiz_attempt WHERE submitted_at IS NOT NULL) AS submitted',
    );
    return { attempts: Number(row.attempts), answers: Number(row.answers), submitted: Number(row.submitted) };
  }

  it('draws 10 different active questions of the audience and reveals no answer', async () => {
    for (const audience of QUIZ_AUDIENCES) {
      const drawn = await draw({ audience });
      // The attempt travels signed with the taker; nothing is stored until it is handed in.
      expect(drawn.attemptId).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
      expect(drawn.questions).toHaveLength(QUIZ_LENGTH);
      expect(new Set(drawn.questions.map((q) => q.id)).size).toBe(QUIZ_LENGTH);
      for (const q of drawn.questions) {
        expect(Object.keys(q).sort()).toEqual(['id', 'options', 'stem', 'type']);
        expect(bank.get(q.id)).toMatchObject({ audience, active: true, stem: q.stem, type: q.type });
        for (const option of q.options) expect(Object.keys(option).sort()).toEqual(['key', 'text']);
      }
      if (audience === 'child_6_8') {
        const trueFalse = drawn.questions.find((q) => q.type === 'true_false');
        if (trueFalse)
          expect(trueFalse.options).toEqual([
            { key: 'T', text: '对' },
            { key: 'F', text: '错' },
          ]);
      }
    }
  });

  it('takes a whole quiz: draw, answer, score, an explanation for each question, and the badge', async () => {
    const drawn = await draw({ audience: 'child_9_12', regionCode: '431222114200' });
    const res = await t
      .http()
      .post(`/api/quizzes/attempts/${drawn.attemptId}/submission`)
      .send({ answers: answers(drawn, 2) })
      .expect(201);
    expect(res.body.score).toBe(8);
    expect(res.body.total).toBe(QUIZ_LENGTH);
    expect(res.body.badge).toBe(true);
    expect(res.body.results.map((r: { questionId: string }) => r.questionId)).toEqual(drawn.questions.map((q) => q.id));
    res.body.results.forEach((result: Record<string, unknown>, index: number) => {
      const question = bank.get(drawn.questions[index].id)!;
      expect(result).toEqual({
        questionId: question.id,
        correct: index >= 2,
        correctOptionKeys: [...question.correctOptionKeys].sort(),
        explanation: index >= 2 ? question.explanationCorrect : question.explanationWrong,
      });
    });

    // What is kept for statistics: the region and its ancestors, the score, each question's outcome.
    const attempt = await t.dataSource
      .getRepository(QuizAttempt)
      .findOneByOrFail({ id: attemptRowId(drawn.attemptId) });
    expect(attempt).toMatchObject({
      audience: 'child_9_12',
      regionCode: '431222114200',
      provinceCode: '43',
      cityCode: '4312',
      countyCode: '431222',
      townCode: '431222114',
      villageCode: '431222114200',
      score: 8,
    });
    expect(attempt.submittedAt).toBeInstanceOf(Date);
    const stored: Array<{ correct: number | boolean }> = await t.dataSource.query(
      'SELECT question_id, correct FROM quiz_answer WHERE attempt_id = ?',
      [attemptRowId(drawn.attemptId)],
    );
    expect(stored).toHaveLength(QUIZ_LENGTH);
    expect(stored.filter((row) => !row.correct)).toHaveLength(2);
  });

  it('gives no badge under 8, and counts a skipped question as not yet learnt', async () => {
    const drawn = await draw({ audience: 'parent' });
    const given = answers(drawn, 2).slice(0, QUIZ_LENGTH - 1); // two wrong, the last one skipped
    const res = await t
      .http()
      .post(`/api/quizzes/attempts/${drawn.attemptId}/submission`)
      .send({ answers: given })
      .expect(201);
    expect(res.body).toMatchObject({ score: 7, total: QUIZ_LENGTH, badge: false });
    const skipped = res.body.results[QUIZ_LENGTH - 1];
    expect(skipped).toMatchObject({ correct: false, explanation: bank.get(skipped.questionId)!.explanationWrong });
    const [row] = await t.dataSource.query(
      'SELECT option_keys FROM quiz_answer WHERE attempt_id = ? AND question_id = ?',
      [attemptRowId(drawn.attemptId), skipped.questionId],
    );
    expect(row.option_keys).toBe('');
  });

  it('grades a multiple-choice question right only when exactly the right options are chosen', async () => {
    let drawn: Draw;
    let multiple: DrawnQuestion | undefined;
    do {
      drawn = await draw({ audience: 'child_13_17' });
      multiple = drawn.questions.find((q) => q.type === 'multiple');
    } while (!multiple);
    const correct = bank.get(multiple.id)!.correctOptionKeys;
    const res = await t
      .http()
      .post(`/api/quizzes/attempts/${drawn.attemptId}/submission`)
      .send({ answers: [{ questionId: multiple.id, optionKeys: correct.slice(1) }] })
      .expect(201);
    const result = res.body.results.find((r: { questionId: string }) => r.questionId === multiple!.id);
    expect(result).toMatchObject({ correct: false, correctOptionKeys: [...correct].sort() });
    expect(res.body.score).toBe(0);
  });

  describe('refuses bad input with a clear error and changes nothing', () => {
    async function expectRefused(
      url: string,
      body: unknown,
      status: number,
      expected: Record<string, unknown>,
    ): Promise<void> {
      const before = await counts();
      const res = await t
        .http()
        .post(url)
        .send(body as object)
        .expect(status);
      expect(res.body).toMatchObject(expected);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(await counts()).toEqual(before);
    }
    const submission = (id: string) => `/api/quizzes/attempts/${id}/submission`;
    const fieldError = (field: string, message?: string) => ({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      errors: [message ? { field, message } : expect.objectContaining({ field })],
    });

    it('an answer for a question that is not in the attempt', async () => {
      const mine = await draw({ audience: 'child_9_12' });
      const other = await draw({ audience: 'parent' });
      const given = [...answers(mine).slice(0, 3), { questionId: other.questions[0].id, optionKeys: ['A'] }];
      await expectRefused(
        submission(mine.attemptId),
        { answers: given },
        400,
        fieldError('answers.3.questionId', '这道题不在这份答卷里'),
      );
    });

    it('the same question answered twice', async () => {
      const mine = await draw();
      const first = answers(mine)[0];
      await expectRefused(
        submission(mine.attemptId),
        { answers: [first, { ...first }] },
        400,
        fieldError('answers.1.questionId', '同一道题只能回答一次'),
      );
    });

    it('an option key the question does not have, a repeated key, or two keys for a one-answer question', async () => {
      const mine = await draw({ audience: 'child_6_8' });
      const one = mine.questions.find((q) => q.type !== 'multiple')!;
      const a = one.options[0].key;
      const b = one.options[1].key;
      await expectRefused(
        submission(mine.attemptId),
        { answers: [{ questionId: one.id, optionKeys: ['Z'] }] },
        400,
        fieldError('answers.0.optionKeys', '没有这个选项'),
      );
      await expectRefused(
        submission(mine.attemptId),
        { answers: [{ questionId: one.id, optionKeys: [a, b] }] },
        400,
        fieldError('answers.0.optionKeys', '这道题只能选一个答案'),
      );
      await expectRefused(
        submission(mine.attemptId),
        { answers: [{ questionId: one.id, optionKeys: [a, a] }] },
        400,
        fieldError('answers.0.optionKeys', '同一个选项只能选一次'),
      );
      await expectRefused(
        submission(mine.attemptId),
        { answers: [{ questionId: one.id, optionKeys: [] }] },
        400,
        fieldError('answers.0.optionKeys', '至少选一个选项'),
      );
    });

    it('malformed answers: a missing list, a non-uuid question, too many answers, an unknown field', async () => {
      const mine = await draw();
      await expectRefused(submission(mine.attemptId), {}, 400, fieldError('answers'));
      await expectRefused(
        submission(mine.attemptId),
        { answers: [{ questionId: 'q1', optionKeys: ['A'] }] },
        400,
        fieldError('answers.0.questionId'),
      );
      const eleven = [...answers(mine), answers(mine)[0]];
      await expectRefused(submission(mine.attemptId), { answers: eleven }, 400, fieldError('answers', '最多 10 项'));
      await expectRefused(
        submission(mine.attemptId),
        { answers: [], name: '小明' },
        400,
        fieldError('name', '不允许的字段'),
      );
    });

    it('a second submission of the same attempt', async () => {
      const mine = await draw();
      await t
        .http()
        .post(submission(mine.attemptId))
        .send({ answers: answers(mine) })
        .expect(201);
      await expectRefused(submission(mine.attemptId), { answers: answers(mine, 5) }, 409, {
        statusCode: 409,
        code: 'CONFLICT',
        message: '这份答卷已经交过了，可以再答一次新的',
      });
      const [row] = await t.dataSource.query('SELECT score FROM quiz_attempt WHERE id = ?', [
        attemptRowId(mine.attemptId),
      ]);
      expect(Number(row.score)).toBe(QUIZ_LENGTH);
    });

    it('an unknown or malformed attempt id', async () => {
      await expectRefused(submission('00000000-0000-4000-8000-000000000000'), { answers: [] }, 404, {
        statusCode: 404,
        code: 'NOT_FOUND',
        message: '没有找到这份答卷',
      });
      await expectRefused(submission('not-an-attempt'), { answers: [] }, 404, { code: 'NOT_FOUND' });
    });

    it('an unknown or missing audience, and a malformed or unknown region code', async () => {
      const start = '/api/quizzes/attempts';
      await expectRefused(start, { audience: 'adult' }, 400, fieldError('audience', '没有这个年龄段的题库'));
      await expectRefused(start, { audience: 'cadre' }, 400, fieldError('audience', '没有这个年龄段的题库'));
      await expectRefused(start, {}, 400, fieldError('audience'));
      await expectRefused(
        start,
        { audience: 'parent', regionCode: '4312x' },
        400,
        fieldError('regionCode', '区划代码应为 2、4、6、9 或 12 位数字'),
      );
      await expectRefused(
        start,
        { audience: 'parent', regionCode: '431222999999' },
        400,
        fieldError('regionCode', '没有这个区划'),
      );
      await expectRefused(start, { audience: 'parent', openid: 'o-abc' }, 400, fieldError('openid', '不允许的字段'));
    });
  });

  it('accepts exactly one of two simultaneous submissions of the same attempt', async () => {
    const mine = await draw();
    const url = `/api/quizzes/attempts/${mine.attemptId}/submission`;
    const results = await Promise.all([
      t
        .http()
        .post(url)
        .send({ answers: answers(mine) }),
      t
        .http()
        .post(url)
        .send({ answers: answers(mine, 3) }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const [row] = await t.dataSource.query('SELECT COUNT(*) AS n FROM quiz_answer WHERE attempt_id = ?', [
      attemptRowId(mine.attemptId),
    ]);
    expect(Number(row.n)).toBe(QUIZ_LENGTH);
  });

  it('keeps no identity with an attempt: no openid, address, user agent or device, and logs no answers', async () => {
    const columns = t.dataSource
      .getMetadata(QuizAttempt)
      .columns.map((c) => c.databaseName)
      .sort();
    expect(columns).toEqual(
      [
        'id',
        'audience',
        'region_code',
        'province_code',
        'city_code',
        'county_code',
        'town_code',
        'village_code',
        'market_event_id',
        'question_ids',
        'score',
        'created_at',
        'submitted_at',
      ].sort(),
    );
    const drawn = await t
      .http()
      .post('/api/quizzes/attempts')
      .set('User-Agent', 'GrandmasPhone/1.0')
      .set('X-Forwarded-For', '203.0.113.77')
      .send({ audience: 'child_9_12', regionCode: '431222114203' })
      .expect(201);
    const given = answers(drawn.body);
    await t
      .http()
      .post(`/api/quizzes/attempts/${drawn.body.attemptId}/submission`)
      .send({ answers: given })
      .expect(201);
    const [row] = await t.dataSource.query('SELECT * FROM quiz_attempt WHERE id = ?', [
      attemptRowId(drawn.body.attemptId),
    ]);
    const stored = JSON.stringify(row);
    expect(stored).not.toContain('GrandmasPhone');
    expect(stored).not.toContain('203.0.113.77');
    const logs = t.logs();
    expect(logs).not.toContain('431222114203');
    expect(logs).not.toContain(given[0].questionId);
  });

  it('seeds again without duplicates, updates a changed text and never draws a question switched off', async () => {
    const service = t.app.get(QuizzesService);
    expect(await service.seedStarter()).toEqual({ inserted: 0, updated: 0, unchanged: STARTER_QUESTIONS.length });

    const [first, ...rest] = STARTER_QUESTIONS;
    const revised = { ...first, explanationWrong: `${first.explanationWrong}（修订）` };
    const added = { ...first, slug: 'q-new-question', stem: '新增的一道题？' };
    expect(await service.seedStarter([revised, ...rest, added])).toEqual({
      inserted: 1,
      updated: 1,
      unchanged: STARTER_QUESTIONS.length - 1,
    });
    const [n] = await t.dataSource.query('SELECT COUNT(*) AS n, COUNT(DISTINCT slug) AS d FROM quiz_question');
    expect(Number(n.n)).toBe(STARTER_QUESTIONS.length + 1);
    expect(Number(n.d)).toBe(STARTER_QUESTIONS.length + 1);

    // A cadre switches a question off: seeding keeps it off, and no quiz draws it.
    const offSlug = STARTER_QUESTIONS.find((q) => q.audience === 'child_6_8')!.slug;
    await t.dataSource.getRepository(QuizQuestion).update({ slug: offSlug }, { active: false });
    await service.seedStarter();
    const off = await t.dataSource.getRepository(QuizQuestion).findOneByOrFail({ slug: offSlug });
    expect(off.active).toBe(false);
    for (let i = 0; i < 5; i += 1) {
      const drawn = await draw({ audience: 'child_6_8' });
      expect(drawn.questions.map((q) => q.id)).not.toContain(off.id);
    }
    await t.dataSource.getRepository(QuizQuestion).delete({ slug: 'q-new-question' });
  });
});
