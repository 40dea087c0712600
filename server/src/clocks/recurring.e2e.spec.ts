import { randomUUID } from 'node:crypto';
import { HelpRequest } from '../help-requests/help-request.entity';
import { startTestApp, type TestApp } from '../testing/test-app';
import { Clock } from './clock.entity';
import { ClocksService } from './clocks.service';

const HOUR = 60 * 60 * 1000;

describe('recurring jobs on durable clocks', () => {
  let t: TestApp;
  let clocks: ClocksService;

  beforeAll(async () => {
    t = await startTestApp({ demoAccounts: true });
    clocks = t.app.get(ClocksService);
  });
  afterAll(() => t.close());

  const recurring = () =>
    t.dataSource.getRepository(Clock).find({ where: { subjectType: 'recurring', state: 'pending' } });

  it('keeps one pending period per job, however many instances start', async () => {
    const now = new Date();
    await Promise.all([clocks.scheduleRecurring(now), clocks.scheduleRecurring(now), clocks.scheduleRecurring(now)]);
    const kinds = (await recurring()).map((c) => c.kind).sort();
    expect(kinds).toEqual(['care_retention', 'help_retention', 'idempotency_erase', 'login_throttle_cleanup']);
  });

  it('erases the free text of an old closed request when its period comes, once, and waits for the next', async () => {
    const chair = await t.login('13800000001');
    await t
      .http()
      .post('/api/help-requests')
      .set('Idempotency-Key', randomUUID())
      .send({ category: 'neglect', description: '很久以前的求助', regionCode: '431222114200' })
      .expect(201);
    const id = (
      await t
        .http()
        .get('/api/cadre/help-requests')
        .set({ Authorization: `Bearer ${chair}` })
    ).body.items[0].id;
    await t.dataSource
      .createQueryBuilder()
      .update(HelpRequest)
      .set({ status: 'closed', closedAt: new Date(Date.now() - 200 * 24 * HOUR) })
      .where('id = :id', { id })
      .execute();

    const later = new Date(Date.now() + 6 * HOUR + 60_000);
    await Promise.all([clocks.fireDue(later), clocks.fireDue(later)]);
    const purged = await t.dataSource.getRepository(HelpRequest).findOneBy({ id });
    expect(purged).toMatchObject({ descriptionSealed: null });
    const [{ n }] = await t.dataSource.query(
      "SELECT COUNT(*) AS n FROM help_request_event WHERE kind = 'purged' AND help_request_id = ?",
      [id],
    );
    expect(Number(n)).toBe(1);
    const next = (await recurring()).find((c) => c.kind === 'help_retention')!;
    expect(next.dueAt.getTime()).toBeGreaterThan(later.getTime());
  });
});
