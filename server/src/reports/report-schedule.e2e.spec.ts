import { chinaMonthOf, previousMonth } from '@hulei/shared';
import { Clock } from '../clocks/clock.entity';
import { ClocksService } from '../clocks/clocks.service';
import { AccountsRepository } from '../identity/accounts.repository';
import { Notification } from '../notifications/notification.entity';
import { inTransaction } from '../database/transactions';
import { startTestApp, type TestApp } from '../testing/test-app';
import { nextDraftsAt, nextSummaryReminderAt } from './report-period';
import { ReportSchedule } from './report-schedule';
import { Report } from './report.entities';
import { bearer } from './reports.fixtures';

const TAIPINGPU = '431222114200';
const DEMO_REGIONS = ['431222', '431222114', '431222114200', '431222114203', '4312'];
const MINUTE = 60_000;

describe('the report calendar: drafts on the 1st of each month, the summary reminder on 20 November', () => {
  let t: TestApp;
  const now = new Date();
  const pending = async () =>
    (await t.dataSource.getRepository(Clock).findBy({ subjectType: 'report_schedule', state: 'pending' }))
      .map((c) => `${c.kind}@${c.dueAt.toISOString()}`)
      .sort();
  const notified = async (kind: Notification['kind']) => {
    const rows = await t.dataSource.getRepository(Notification).findBy({ kind });
    const phones = await Promise.all(
      rows.map(async (n) => (await t.app.get(AccountsRepository).findById(n.accountId))!.regionCode),
    );
    return phones.sort();
  };

  beforeAll(async () => {
    t = await startTestApp({ demoAccounts: true });
  });
  afterAll(() => t.close());

  it('keeps exactly one pending clock of each kind, in the database, across restarts', async () => {
    await t.app.get(ReportSchedule).ensureScheduled(now);
    await t.app.get(ReportSchedule).ensureScheduled(now);
    const expected = [
      `report_drafts@${nextDraftsAt(now).toISOString()}`,
      `report_summary@${nextSummaryReminderAt(now).toISOString()}`,
    ];
    expect(await pending()).toEqual(expected);
    // 08:00 and 09:00 China time.
    expect(nextDraftsAt(now).getUTCHours()).toBe(0);
    expect(nextSummaryReminderAt(now).getUTCHours()).toBe(1);
    await t.restart();
    await t.app.get(ReportSchedule).ensureScheduled();
    expect(await pending()).toEqual(expected);
  });

  it('prepares last month’s draft for every level with a chair on the 1st and tells each chair once', async () => {
    const due = nextDraftsAt(now);
    const month = previousMonth(chinaMonthOf(due));
    const chair = await t.login('13800000001');
    // 太平铺村 started her report before the 1st: it is kept, and she is not told again.
    await t
      .http()
      .put(`/api/cadre/reports/${TAIPINGPU}/${month}/narrative`)
      .set(bearer(chair))
      .send({ experience: '月底前已开始写' })
      .expect(200);

    await t.app.get(ClocksService).fireDue(new Date(due.getTime() + MINUTE));
    const drafts = await t.dataSource.getRepository(Report).findBy({ period: month });
    expect(drafts.map((d) => d.regionCode).sort()).toEqual([...DEMO_REGIONS].sort());
    expect(drafts.every((d) => d.status === 'draft' && d.kind === 'monthly')).toBe(true);
    expect(await notified('monthly_report_draft')).toEqual(DEMO_REGIONS.filter((r) => r !== TAIPINGPU).sort());
    const mine = await t.http().get(`/api/cadre/reports/${TAIPINGPU}/${month}`).set(bearer(chair)).expect(200);
    expect(mine.body.narrative.experience).toBe('月底前已开始写');
    const town = await t.login('13800000003');
    const draft = await t.http().get(`/api/cadre/reports/431222114/${month}`).set(bearer(town)).expect(200);
    expect(draft.body).toMatchObject({ status: 'draft', canSubmit: true });
    expect(draft.body.events.map((e: { kind: string }) => e.kind)).toEqual(['drafted']);

    // The clock has scheduled its next 1st; firing again changes nothing.
    expect((await pending()).filter((p) => p.startsWith('report_drafts'))).toEqual([
      `report_drafts@${nextDraftsAt(new Date(due.getTime() + MINUTE)).toISOString()}`,
    ]);
    await t.app.get(ClocksService).fireDue(new Date(due.getTime() + MINUTE));
    expect(await t.dataSource.getRepository(Report).countBy({ period: month })).toBe(5);
    expect(await notified('monthly_report_draft')).toHaveLength(4);
  });

  it('reminds every level whose summary is not submitted on 20 November, with its summary drafted', async () => {
    const due = nextSummaryReminderAt(now);
    const year = chinaMonthOf(due).slice(0, 4);
    await t.app.get(ClocksService).fireDue(new Date(due.getTime() + MINUTE));
    const summaries = await t.dataSource.getRepository(Report).findBy({ period: year });
    expect(summaries.map((s) => s.regionCode).sort()).toEqual([...DEMO_REGIONS].sort());
    expect(summaries.every((s) => s.kind === 'summary')).toBe(true);
    // Due by 1 December (end of the day, China time) for a village.
    const village = summaries.find((s) => s.regionCode === TAIPINGPU)!;
    expect(village.dueAt.toISOString()).toBe(`${year}-12-01T16:00:00.000Z`);
    expect(await notified('summary_report_reminder')).toEqual([...DEMO_REGIONS].sort());
    expect((await pending()).filter((p) => p.startsWith('report_summary'))).toEqual([
      `report_summary@${nextSummaryReminderAt(new Date(due.getTime() + MINUTE)).toISOString()}`,
    ]);
  });

  it('prepares a month once when two server instances both scheduled its clock', async () => {
    const [waiting] = await t.dataSource
      .getRepository(Clock)
      .findBy({ subjectType: 'report_schedule', kind: 'report_drafts', state: 'pending' });
    const due = waiting.dueAt;
    const month = previousMonth(chinaMonthOf(due));
    const before = (await notified('monthly_report_draft')).length;
    // A second instance started at the same moment and scheduled the same clock.
    await inTransaction(t.dataSource, (manager) =>
      t.app.get(ClocksService).schedule(manager, [
        {
          kind: 'report_drafts',
          subjectType: 'report_schedule',
          subjectId: 'report_drafts',
          step: 'next',
          dueAt: due,
        },
      ]),
    );
    expect((await pending()).filter((p) => p === `report_drafts@${due.toISOString()}`)).toHaveLength(2);
    await t.app.get(ClocksService).fireDue(new Date(due.getTime() + MINUTE));
    expect(await t.dataSource.getRepository(Report).countBy({ period: month })).toBe(5);
    expect(await notified('monthly_report_draft')).toHaveLength(before + 5);
    expect((await pending()).filter((p) => p.startsWith('report_drafts'))).toEqual([
      `report_drafts@${nextDraftsAt(new Date(due.getTime() + MINUTE)).toISOString()}`,
    ]);
  });
});
