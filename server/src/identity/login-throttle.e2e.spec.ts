import { startTestApp, type TestApp } from '../testing/test-app';

describe('login lock under a burst of guesses', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demoAccounts: true });
  });
  afterAll(() => t.close());

  it('checks no more than five passwords of a burst sent at once, then refuses even the right one', async () => {
    const phone = '13800000002';
    const burst = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        t
          .http()
          .post('/api/auth/login')
          .send({ phone, password: `Wrong${i}guess` }),
      ),
    );
    const statuses = burst.map((res) => res.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(25);
    await t.http().post('/api/auth/login').send({ phone, password: 'Hulei@2026' }).expect(429);
  });

  it('lets the right password through while fewer than five have failed, and forgets the failures', async () => {
    const phone = '13800000001';
    for (let i = 0; i < 4; i += 1)
      await t
        .http()
        .post('/api/auth/login')
        .send({ phone, password: `Wrong${i}guess` })
        .expect(401);
    await t.http().post('/api/auth/login').send({ phone, password: 'Hulei@2026' }).expect(200);
    for (let i = 0; i < 4; i += 1)
      await t
        .http()
        .post('/api/auth/login')
        .send({ phone, password: `Wrong${i}guess` })
        .expect(401);
    await t.http().post('/api/auth/login').send({ phone, password: 'Hulei@2026' }).expect(200);
  });
});
