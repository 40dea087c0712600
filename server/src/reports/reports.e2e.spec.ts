import { Workbook, type Worksheet } from 'exceljs';
import { chinaMonthOf, previousMonth, type ApiSchemas } from '@hulei/shared';
import { AuditEvent } from '../audit/audit-event.entity';
import { CareRecord } from '../care/care.entities';
import { ClocksService } from '../clocks/clocks.service';
import { ContentService } from '../content/content.service';
import { LessonRead } from '../content/lesson-read.entity';
import { HelpRequestEvent } from '../help-requests/help-request-event.entity';
import { HelpRequest } from '../help-requests/help-request.entity';
import { Notification } from '../notifications/notification.entity';
import { QuizAttempt } from '../quizzes/quiz.entities';
import { RegionsService } from '../regions/regions.service';
import { Visit, VisitConcern } from '../screening/screening.entities';
import { accountIn } from '../screening/screening.fixtures';
import { startTestApp, type TestApp } from '../testing/test-app';
import { parsePeriod } from './report-period';
import { bearer, helpRequest, inbox, quiz, seedQuestions, visitedHousehold } from './reports.fixtures';

type Report = ApiSchemas['ReportDto'];

const TOWN = '431222114';
const TAIPINGPU = '431222114200';
const HAISHAPING = '431222114203';
const COUNTY = '431222';
const DAY = 24 * 3600_000;
const MONTH = chinaMonthOf(new Date());

/** A cell of a report as its reader sees it: section → table → row → column. */
function cell(report: Pick<Report, 'sections'>, table: string, row: string, column: string): number | string | null {
  for (const section of report.sections) {
    const t = section.tables.find((x) => x.key === table);
    if (!t) continue;
    const r = t.rows.find((x) => x.key === row);
    const c = t.columns.findIndex((x) => x.key === column);
    if (!r || c < 0) throw new Error(`no ${row}/${column} in ${table}`);
    return r.cells[c];
  }
  throw new Error(`no table ${table}`);
}

/** The rows of a sheet as arrays of plain values (exceljs rows start at 1, cells at 1). */
function rowsOf(sheet: Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    rows[n - 1] = (row.values as unknown[]).slice(1);
  });
  return rows.map((r) => r ?? []);
}

/** In a section's sheet, the row labelled `label` of the table titled `title`. */
function sheetRow(sheet: Worksheet, title: string, label: string): unknown[] {
  const rows = rowsOf(sheet);
  const start = rows.findIndex((r) => r[0] === title);
  if (start < 0) throw new Error(`no table ${title} in ${sheet.name}`);
  const header = rows[start + 1][0] === '项目' ? start + 1 : start + 2;
  for (let i = header; i < rows.length && rows[i].length > 0; i += 1) if (rows[i][0] === label) return rows[i];
  throw new Error(`no row ${label} under ${title}`);
}

describe('一月一汇报: reports from a month of activity in 官庄镇', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const as = (who: string) => bearer(tokens[who]);
  let other: { code: string; name: string };
  const range = parsePeriod(MONTH);
  const inMonth = (at: Date | null) => at !== null && at >= range.from && at < range.to;

  const report = async (who: string, region: string, period = MONTH): Promise<Report> =>
    (await t.http().get(`/api/cadre/reports/${region}/${period}`).set(as(who)).expect(200)).body;

  beforeAll(async () => {
    t = await startTestApp({ demoAccounts: true, regionRoot: TOWN });
    for (const [who, phone] of [
      ['taipingpu', '13800000001'],
      ['haishaping', '13800000002'],
      ['town', '13800000003'],
      ['county', '13800000004'],
      ['city', '13800000005'],
    ])
      tokens[who] = await t.login(phone);
    const villages = await t.app.get(RegionsService).listChildren(TOWN);
    other = villages.find((v) => v.code !== TAIPINGPU && v.code !== HAISHAPING)!;
    await seedQuestions(t);
    await seedMonth();
  }, 120_000);
  afterAll(() => t.close());

  /** A month as it happens: children ask for help, chairs answer (one village too late), visit, teach, care. */
  async function seedMonth() {
    for (const [category, urgency] of [
      ['sexual_abuse', 'urgent'],
      ['bullying', 'normal'],
      ['neglect', 'normal'],
    ] as const)
      await helpRequest(t, TAIPINGPU, category, urgency);
    for (const [category, urgency] of [
      ['domestic_violence', 'normal'],
      ['domestic_violence', 'normal'],
      ['domestic_violence', 'normal'],
      ['bullying', 'urgent'],
      ['bullying', 'urgent'],
      ['other', 'normal'],
    ] as const)
      await helpRequest(t, HAISHAPING, category, urgency);
    await helpRequest(t, other.code, 'bullying', 'normal');
    await helpRequest(t, other.code, 'mental_health', 'normal');

    // 太平铺村 answers all three at once, reports the sexual-abuse lead to the police, refers the bullying.
    for (const r of await inbox(t, tokens.taipingpu)) {
      await t.http().post(`/api/cadre/help-requests/${r.id}/acknowledge`).set(as('taipingpu')).expect(200);
      if (r.category === 'sexual_abuse')
        await t
          .http()
          .post(`/api/cadre/help-requests/${r.id}/police-report`)
          .set(as('taipingpu'))
          .send({ policeStation: '官庄派出所', reportedAt: new Date(Date.now() - 60_000).toISOString() })
          .expect(200);
      if (r.category === 'bullying')
        await t
          .http()
          .post(`/api/cadre/help-requests/${r.id}/referrals`)
          .set(as('taipingpu'))
          .send({ department: 'education' })
          .expect(200);
    }
    // 海沙坪村 answers four and leaves the two urgent ones; the town answers the village without a chair.
    const haishaping = (await inbox(t, tokens.haishaping)).filter((r) => r.category !== 'bullying');
    for (const r of haishaping)
      await t.http().post(`/api/cadre/help-requests/${r.id}/acknowledge`).set(as('haishaping')).expect(200);
    for (const r of (await inbox(t, tokens.town)).filter((r) => r.regionCode === other.code))
      await t.http().post(`/api/cadre/help-requests/${r.id}/acknowledge`).set(as('town')).expect(200);
    // Their deadline passes: both climb to the town, which answers them late.
    await t.app.get(ClocksService).fireDue(new Date(Date.now() + 3 * DAY));
    for (const r of (await inbox(t, tokens.town)).filter((r) => r.status === 'submitted'))
      await t.http().post(`/api/cadre/help-requests/${r.id}/acknowledge`).set(as('town')).expect(200);

    // 敲门行动: four households in 太平铺村, three visited; two in 海沙坪村, both visited.
    await visitedHousehold(t, tokens.taipingpu, TAIPINGPU, '太平铺村一组1号', ['ask_harm', 'look_schooling']);
    await visitedHousehold(t, tokens.taipingpu, TAIPINGPU, '太平铺村一组2号', ['look_health']);
    await visitedHousehold(t, tokens.taipingpu, TAIPINGPU, '太平铺村一组3号', []);
    await visitedHousehold(t, tokens.taipingpu, TAIPINGPU, '太平铺村一组4号', null);
    await visitedHousehold(t, tokens.haishaping, HAISHAPING, '海沙坪村二组1号', ['look_environment', 'look_health']);
    await visitedHousehold(t, tokens.haishaping, HAISHAPING, '海沙坪村二组2号', []);

    // A market day in the town: people scan its QR code, one takes the quiz from there.
    const event = await t
      .http()
      .post('/api/cadre/market-events')
      .set(as('town'))
      .send({
        marketName: '官庄集',
        townCode: TOWN,
        date: new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10),
        startTime: '08:00',
        endTime: '12:00',
      })
      .expect(201);
    for (let i = 0; i < 4; i += 1) await t.http().post(`/api/markets/events/${event.body.code}/scans`).expect(204);
    await quiz(t, 'child_9_12', TAIPINGPU, true, event.body.id);
    await quiz(t, 'child_9_12', TAIPINGPU, true);
    await quiz(t, 'child_13_17', TAIPINGPU, true);
    await quiz(t, 'child_6_8', TAIPINGPU, false);
    await quiz(t, 'parent', HAISHAPING, true);

    // Lessons read: where the reader let the app remember, or in the town of the market she came from.
    const lesson = await t.app.get(ContentService).createItem({
      kind: 'article',
      audience: 'parent',
      title: '月报测试课',
      summary: '一句话介绍',
      bodyHtml: '<p>正文</p>',
      status: 'published',
    });
    const readFrom = async (where: object, times = 1) => {
      for (let i = 0; i < times; i += 1) await t.http().post(`/api/content/${lesson.id}/reads`).send(where).expect(204);
    };
    await readFrom({ regionCode: TAIPINGPU }, 3);
    await readFrom({ regionCode: HAISHAPING }, 2);
    await readFrom({ regionCode: other.code });
    await readFrom({ marketEventId: event.body.id }, 2);
    await readFrom({ regionCode: COUNTY });
    await readFrom({});

    // The ledger: two children of 太平铺村, one paired with an 执委妈妈 who has visited, one counselled.
    const helper = await accountIn(t, TAIPINGPU, 'volunteer', '执委妈妈王芳');
    const first = await t
      .http()
      .post('/api/cadre/care/records')
      .set(as('taipingpu'))
      .send({ villageCode: TAIPINGPU, childName: '小花', category: 'left_behind', riskLevel: 'medium' })
      .expect(201);
    const second = await t
      .http()
      .post('/api/cadre/care/records')
      .set(as('taipingpu'))
      .send({ villageCode: TAIPINGPU, childName: '小明', category: 'sexual_abuse_victim', riskLevel: 'high' })
      .expect(201);
    await t
      .http()
      .post(`/api/cadre/care/records/${second.body.id}/services`)
      .set(as('taipingpu'))
      .send({
        kind: 'counselling',
        providedOn: new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10),
        provider: '沅陵县一站式取证救助中心',
      })
      .expect(201);
    await t
      .http()
      .post(`/api/cadre/care/records/${first.body.id}/pairings`)
      .set(as('taipingpu'))
      .send({ helperAccountIds: [helper.id] })
      .expect(201);
    const helperToken = await t.login(helper.phone, helper.password);
    await t
      .http()
      .post(`/api/cadre/care/follow-up-plans/${first.body.id}/notes`)
      .set(bearer(helperToken))
      .send({ visitedOn: new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10), note: '孩子状态不错' })
      .expect(201);

    // 舆情: the city registers a case about 太平铺村; it is handed down to the town, which reports in time.
    const opinion = await t
      .http()
      .post('/api/opinion-cases')
      .set(as('city'))
      .send({ regionCode: TAIPINGPU, severity: 'medium', description: '网传某村儿童被打' })
      .expect(201);
    await t.http().post(`/api/opinion-cases/${opinion.body.id}/hand-on`).set(as('city')).expect(200);
    await t.http().post(`/api/opinion-cases/${opinion.body.id}/hand-on`).set(as('county')).expect(200);
    await t
      .http()
      .post(`/api/opinion-cases/${opinion.body.id}/feedback`)
      .set(as('town'))
      .send({ facts: '经核实为邻里纠纷，孩子安全', serviceStarted: '已安排入户走访' })
      .expect(200);
  }

  /** Counted straight from the tables, not through the reports code. */
  async function independently(village: string | null) {
    const within = (code: string | null) => code !== null && code.startsWith(village ?? TOWN);
    const requests = (await t.dataSource.getRepository(HelpRequest).find()).filter(
      (r) => within(r.regionCode) && inMonth(r.createdAt),
    );
    const events = await t.dataSource.getRepository(HelpRequestEvent).find();
    const missed = new Set(
      events.filter((e) => ['escalated', 'deadline_missed'].includes(e.kind)).map((e) => e.helpRequestId),
    );
    const visits = (await t.dataSource.getRepository(Visit).find()).filter(
      (v) => within(v.path.villageCode) && inMonth(v.createdAt),
    );
    const concerns = (await t.dataSource.getRepository(VisitConcern).find()).filter((c) =>
      visits.some((v) => v.id === c.visitId),
    );
    const attempts = (await t.dataSource.getRepository(QuizAttempt).find()).filter(
      (a) => within(a.regionCode) && inMonth(a.createdAt),
    );
    const ledger = (await t.dataSource.getRepository(CareRecord).find()).filter((r) => within(r.regionCode));
    const reads = (await t.dataSource.getRepository(LessonRead).find()).filter(
      (r) => within(r.regionCode) && r.day.startsWith(MONTH),
    );
    return {
      received: requests.length,
      sexualAbuse: requests.filter((r) => r.category === 'sexual_abuse').length,
      inTime: requests.filter((r) => r.acknowledgedAt !== null && !missed.has(r.id)).length,
      escalated: requests.filter((r) => events.some((e) => e.helpRequestId === r.id && e.kind === 'escalated')).length,
      policeReported: requests.filter((r) => r.policeReportedAt !== null).length,
      visits: visits.length,
      concernsOn: (item: string) => new Set(concerns.filter((c) => c.item === item).map((c) => c.householdId)).size,
      quizzesHandedIn: attempts.filter((a) => a.submittedAt !== null).length,
      inLedger: ledger.filter((r) => r.status === 'open').length,
      lessonsRead: reads.reduce((n, r) => n + r.readCount, 0),
    };
  }

  it('gives the village chair her own month, every number as counted from the data', async () => {
    const expected = await independently(TAIPINGPU);
    expect(expected).toMatchObject({
      received: 3,
      inTime: 3,
      visits: 3,
      quizzesHandedIn: 3,
      inLedger: 2,
      lessonsRead: 3,
    });
    const mine = await report('taipingpu', TAIPINGPU);
    expect(mine).toMatchObject({
      regionName: '太平铺村',
      status: 'none',
      hidden: false,
      canEdit: true,
      canReturn: false,
    });
    expect(cell(mine, 'helpSummary', 'all', 'received')).toBe(expected.received);
    expect(cell(mine, 'timeliness', 'inTime', 'n')).toBe(expected.inTime);
    expect(cell(mine, 'byCategory', 'sexual_abuse', 'received')).toBe(expected.sexualAbuse);
    expect(cell(mine, 'byCategory', 'sexual_abuse', 'policeReported')).toBe(1);
    expect(cell(mine, 'policeReports', 'inTime', 'n')).toBe(1);
    expect(cell(mine, 'byCategory', 'bullying', 'referred')).toBe(1);
    expect(cell(mine, 'byCategory', 'total', 'inTimeRate')).toBe(100);
    expect(cell(mine, 'coverage', 'all', 'households')).toBe(4);
    expect(cell(mine, 'coverage', 'all', 'visits')).toBe(expected.visits);
    expect(cell(mine, 'coverage', 'all', 'coverage')).toBe(75);
    expect(cell(mine, 'concerns', 'ask_harm', 'households')).toBe(expected.concernsOn('ask_harm'));
    expect(cell(mine, 'concerns', 'look_health', 'households')).toBe(1);
    expect(cell(mine, 'quizzes', 'total', 'completed')).toBe(expected.quizzesHandedIn);
    // A quiz drawn and never handed in leaves no trace: attempts are the quizzes handed in.
    expect(cell(mine, 'quizzes', 'total', 'attempts')).toBe(expected.quizzesHandedIn);
    expect(cell(mine, 'careRecords', 'total', 'inLedger')).toBe(expected.inLedger);
    expect(cell(mine, 'careRecords', 'sexual_abuse_victim', 'opened')).toBe(1);
    expect(cell(mine, 'carePairing', 'all', 'active')).toBe(1);
    expect(cell(mine, 'carePairing', 'all', 'followUps')).toBe(1);
    expect(cell(mine, 'careServices', 'counselling', 'services')).toBe(1);
    expect(cell(mine, 'opinionCases', 'all', 'cases')).toBe(1);
    expect(cell(mine, 'opinionSteps', 'city', 'met')).toBe(1);
    expect(cell(mine, 'opinionSteps', 'county', 'met')).toBe(1);
    expect(cell(mine, 'opinionSteps', 'province', 'decided')).toBe(0);
    expect(cell(mine, 'opinionSteps', 'feedback', 'met')).toBe(1);
    // A village holds no market days of its own: they are the town's.
    expect(cell(mine, 'activities', 'all', 'events')).toBe(0);
    expect(cell(mine, 'activities', 'all', 'lessonsRead')).toBe(expected.lessonsRead);
    expect(mine.sections.map((s) => s.key)).toEqual(['publicity', 'screening', 'help', 'opinion', 'care']);
  });

  it('gives the town its own totals exactly and each village’s 1–4 as "<5"', async () => {
    const expected = await independently(null);
    // Reads in the county itself, or with no region, are in no town's report.
    expect(expected).toMatchObject({ received: 11, inTime: 9, escalated: 2, visits: 5, lessonsRead: 8 });
    const town = await report('town', TOWN);
    expect(town.hidden).toBe(true);
    expect(cell(town, 'helpSummary', 'all', 'received')).toBe(expected.received);
    expect(cell(town, 'helpSummary', 'all', 'escalated')).toBe(expected.escalated);
    expect(cell(town, 'timeliness', 'inTime', 'n')).toBe(expected.inTime);
    expect(cell(town, 'timeliness', 'late', 'n')).toBe(2);
    expect(cell(town, 'coverage', 'all', 'visits')).toBe(expected.visits);
    expect(cell(town, 'concerns', 'look_health', 'households')).toBe(expected.concernsOn('look_health'));
    expect(cell(town, 'quizzes', 'total', 'completed')).toBe(expected.quizzesHandedIn);
    expect(cell(town, 'activities', 'all', 'events')).toBe(1);
    expect(cell(town, 'activities', 'all', 'scans')).toBe(4);
    expect(cell(town, 'activities', 'all', 'marketQuizzes')).toBe(1);
    expect(cell(town, 'activities', 'all', 'lessonsRead')).toBe(expected.lessonsRead);
    // By village: the town sees outside each village, so 3 and 2 are "<5"; 6 is shown; visits always.
    expect(cell(town, 'byRegion', TAIPINGPU, 'helpReceived')).toBe('<5');
    expect(cell(town, 'byRegion', HAISHAPING, 'helpReceived')).toBe(6);
    expect(cell(town, 'byRegion', other.code, 'helpReceived')).toBe('<5');
    expect(cell(town, 'byRegion', TAIPINGPU, 'inTimeRate')).toBe('—');
    expect(cell(town, 'byRegion', TAIPINGPU, 'visits')).toBe(3);
    expect(cell(town, 'byRegion', 'total', 'helpReceived')).toBe(11);
    expect(town.sections.map((s) => s.key)).toContain('regions');

    // The town opening 太平铺村's report sees what the chair sees, but "<5" for her 1–4.
    const village = await report('town', TAIPINGPU);
    expect(cell(village, 'helpSummary', 'all', 'received')).toBe('<5');
    expect(cell(village, 'careRecords', 'total', 'inLedger')).toBe('<5');
    expect(cell(village, 'coverage', 'all', 'households')).toBe(4);
    // Reads point at no child: shown exactly, like scans and visits.
    expect(cell(village, 'activities', 'all', 'lessonsRead')).toBe(3);
    expect(village.canEdit).toBe(false);

    // The county reads the town from outside: 11 is shown, the town's 2 escalations are not.
    const fromCounty = await report('county', TOWN);
    expect(cell(fromCounty, 'helpSummary', 'all', 'received')).toBe(11);
    expect(cell(fromCounty, 'helpSummary', 'all', 'escalated')).toBe('<5');
    // Its own county report: exact, with the town as its one part.
    const county = await report('county', COUNTY);
    expect(cell(county, 'helpSummary', 'all', 'escalated')).toBe(2);
    expect(cell(county, 'byRegion', TOWN, 'helpReceived')).toBe(11);
  });

  it('exports the town’s report as Excel with the same numbers, and as a page to print', async () => {
    const res = await t
      .http()
      .get(`/api/cadre/reports/${TOWN}/${MONTH}/export`)
      .set(as('town'))
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(decodeURIComponent(res.headers['content-disposition'])).toContain('官庄镇');
    const workbook = new Workbook();
    await workbook.xlsx.load(res.body as never);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      '封面',
      '宣传教育',
      '排查走访（敲门行动）',
      '求助处置',
      '舆情处置（“2112”机制）',
      '关爱帮扶',
      '分地区情况',
      '工作总结',
      '下级上报情况',
    ]);
    const help = workbook.getWorksheet('求助处置')!;
    const header = sheetRow(help, '按求助类别', '项目');
    expect(header.slice(0, 4)).toEqual(['项目', '收到', '按时受理', '按时受理率（%）']);
    expect(sheetRow(help, '按求助类别', '合计').slice(0, 4)).toEqual(['合计', 11, 9, 81.8]);
    expect(sheetRow(help, '按求助类别', '家庭暴力')[1]).toBe(3);
    const byRegion = workbook.getWorksheet('分地区情况')!;
    expect(sheetRow(byRegion, '下一级各地区', '太平铺村')[1]).toBe('<5');
    expect(sheetRow(byRegion, '下一级各地区', '海沙坪村')[1]).toBe(6);
    expect(sheetRow(workbook.getWorksheet('排查走访（敲门行动）')!, '走访覆盖', '合计')[4]).toBe(5);

    const page = await t.http().get(`/api/cadre/reports/${TOWN}/${MONTH}/print`).set(as('town')).expect(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.text).toContain('官庄镇');
    expect(page.text).toContain('按求助类别');
    expect(page.text).not.toContain('<script');
  });

  it('lets the county export the detail lists, audited, and nobody below the county', async () => {
    await t.http().get(`/api/cadre/reports/${TOWN}/${MONTH}/details`).set(as('town')).expect(403);
    const res = await t
      .http()
      .get(`/api/cadre/reports/${TOWN}/${MONTH}/details`)
      .set(as('county'))
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const workbook = new Workbook();
    await workbook.xlsx.load(res.body as never);
    const requests = rowsOf(workbook.getWorksheet('求助明细')!).slice(2);
    expect(requests).toHaveLength(11);
    expect(requests.filter((r) => r[8] === '否')).toHaveLength(2);
    expect(JSON.stringify(requests)).not.toContain('欺负');
    expect(rowsOf(workbook.getWorksheet('舆情明细')!).slice(2)).toHaveLength(1);
    const audit = await t.dataSource.getRepository(AuditEvent).findBy({ action: 'report_detail_export' });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ regionCode: TOWN, outcome: 'ok', detail: 'help_requests=11 opinion_cases=1' });
  });

  it('draws the dashboard from the same numbers, each chart with its table', async () => {
    const res = await t.http().get(`/api/cadre/dashboards/${TOWN}`).set(as('town')).expect(200);
    const board: ApiSchemas['DashboardDto'] = res.body;
    expect(board.charts.map((c) => c.key)).toEqual([
      'helpTrend',
      'sla',
      'byCategory',
      'byRegion',
      'coverage',
      'publicityTrend',
    ]);
    const trend = board.charts[0].table;
    expect(trend.rows).toHaveLength(12);
    expect(trend.rows[11].cells[0]).toBe(11);
    const sla = board.charts[1].table;
    expect(sla.rows[11].cells[2]).toBe(81.8);
    const publicity = board.charts.find((c) => c.key === 'publicityTrend')!;
    expect(publicity.series.map((s) => s.key)).toContain('lessonsRead');
    const readsColumn = publicity.table.columns.findIndex((c) => c.key === 'lessonsRead');
    expect(publicity.table.rows[11].cells[readsColumn]).toBe(8);
    const coverage = board.charts.find((c) => c.key === 'coverage')!.table;
    expect(coverage.rows.find((r) => r.key === TAIPINGPU)!.cells).toEqual([4, 3, 75]);
    const villageBoard = await t.http().get(`/api/cadre/dashboards/${TAIPINGPU}`).set(as('taipingpu')).expect(200);
    expect(villageBoard.body.charts.map((c: { key: string }) => c.key)).toEqual([
      'helpTrend',
      'sla',
      'byCategory',
      'publicityTrend',
    ]);
  });

  it('sums the year in the summary due by 1 December, with its months one by one', async () => {
    const year = MONTH.slice(0, 4);
    const summary = await report('town', TOWN, year);
    expect(summary).toMatchObject({
      kind: 'summary',
      periodLabel: `${year}年度`,
      dueAt: `${year}-12-10T16:00:00.000Z`,
    });
    expect(cell(summary, 'helpSummary', 'all', 'received')).toBe(11);
    expect(cell(summary, 'trend', MONTH, 'helpReceived')).toBe(11);
    expect(cell(summary, 'trend', MONTH, 'visits')).toBe(5);
    expect(cell(summary, 'trend', 'total', 'helpReceived')).toBe(11);
    const chair = await report('taipingpu', TAIPINGPU, year);
    expect(chair.dueAt).toBe(`${year}-12-01T16:00:00.000Z`);
    expect(cell(chair, 'trend', MONTH, 'helpReceived')).toBe(3);
  });

  describe('submitting, returning and submitting again', () => {
    // Two months back: every level's deadline has passed whatever today's date.
    const PAST = previousMonth(previousMonth(MONTH));

    it('saves the chair’s words, submits once, and refuses a second submission', async () => {
      const saved = await t
        .http()
        .put(`/api/cadre/reports/${TAIPINGPU}/${PAST}/narrative`)
        .set(as('taipingpu'))
        .send({ experience: '结合赶集日开展普法，群众参与度高', problems: '部分留守儿童家庭白天无人' })
        .expect(200);
      expect(saved.body).toMatchObject({ status: 'draft', late: true });
      expect(saved.body.narrative).toEqual({
        experience: '结合赶集日开展普法，群众参与度高',
        problems: '部分留守儿童家庭白天无人',
        suggestions: null,
      });
      const submitted = await t
        .http()
        .post(`/api/cadre/reports/${TAIPINGPU}/${PAST}/submit`)
        .set(as('taipingpu'))
        .expect(200);
      expect(submitted.body).toMatchObject({
        status: 'submitted',
        submissions: 1,
        live: false,
        canEdit: false,
        submittedByName: '太平铺村妇联主席',
      });
      const again = await t
        .http()
        .post(`/api/cadre/reports/${TAIPINGPU}/${PAST}/submit`)
        .set(as('taipingpu'))
        .expect(409);
      expect(again.body.message).toBe('本期报告已经上报过了，不能重复上报');
      const edit = await t
        .http()
        .put(`/api/cadre/reports/${TAIPINGPU}/${PAST}/narrative`)
        .set(as('taipingpu'))
        .send({ suggestions: '改一下' })
        .expect(409);
      expect(edit.body.code).toBe('CONFLICT');
    });

    it('shows the town who has submitted and who is late', async () => {
      const list = (await t.http().get(`/api/cadre/reports/${TOWN}/${PAST}/submissions`).set(as('town')).expect(200))
        .body;
      expect(list).toMatchObject({ expected: 2, submitted: 1, late: 1 });
      const byCode = new Map(list.items.map((i: ApiSchemas['SubmissionDto']) => [i.regionCode, i]));
      expect(byCode.get(TAIPINGPU)).toMatchObject({
        status: 'submitted',
        submittedLate: true,
        late: false,
        submittedByName: '太平铺村妇联主席',
      });
      expect(byCode.get(HAISHAPING)).toMatchObject({ status: 'none', expected: true, late: true });
      expect(byCode.get(other.code)).toMatchObject({ status: 'none', expected: false, late: false });
      await t.http().get(`/api/cadre/reports/${TOWN}/${PAST}/submissions`).set(as('taipingpu')).expect(403);
    });

    it('lets only the level above return it, with a comment the chair reads; she edits and submits again, once', async () => {
      await t
        .http()
        .post(`/api/cadre/reports/${TAIPINGPU}/${PAST}/return`)
        .set(as('county'))
        .send({ comment: '请补充' })
        .expect(403);
      await t
        .http()
        .post(`/api/cadre/reports/${TAIPINGPU}/${PAST}/return`)
        .set(as('town'))
        .send({ comment: ' ' })
        .expect(400);
      const returned = await t
        .http()
        .post(`/api/cadre/reports/${TAIPINGPU}/${PAST}/return`)
        .set(as('town'))
        .send({ comment: '请补充赶集普法的具体做法' })
        .expect(200);
      expect(returned.body).toMatchObject({
        status: 'returned',
        returnComment: '请补充赶集普法的具体做法',
        returnedByName: '官庄镇妇联',
      });
      await t
        .http()
        .post(`/api/cadre/reports/${TAIPINGPU}/${PAST}/return`)
        .set(as('town'))
        .send({ comment: '再退一次' })
        .expect(409);
      const told = await t.dataSource.getRepository(Notification).findBy({ kind: 'report_returned' });
      expect(told.map((n) => n.regionCode)).toEqual([TAIPINGPU]);

      const mine = await report('taipingpu', TAIPINGPU, PAST);
      expect(mine).toMatchObject({ status: 'returned', canEdit: true, returnComment: '请补充赶集普法的具体做法' });
      await t
        .http()
        .put(`/api/cadre/reports/${TAIPINGPU}/${PAST}/narrative`)
        .set(as('taipingpu'))
        .send({ experience: '每逢赶集日在官庄集摆摊，发放资料，现场答题' })
        .expect(200);
      const again = await t
        .http()
        .post(`/api/cadre/reports/${TAIPINGPU}/${PAST}/submit`)
        .set(as('taipingpu'))
        .expect(200);
      expect(again.body).toMatchObject({ status: 'submitted', submissions: 2 });
      expect(again.body.events.map((e: { kind: string }) => e.kind)).toEqual([
        'drafted',
        'saved',
        'submitted',
        'returned',
        'saved',
        'submitted',
      ]);
      await t
        .http()
        .put(`/api/cadre/reports/${TAIPINGPU}/${PAST}/narrative`)
        .set(as('taipingpu'))
        .send({ experience: '再改' })
        .expect(409);
      await t.http().post(`/api/cadre/reports/${TAIPINGPU}/${PAST}/submit`).set(as('taipingpu')).expect(409);
      const list = (await t.http().get(`/api/cadre/reports/${TOWN}/${PAST}/submissions`).set(as('town')).expect(200))
        .body;
      expect(list).toMatchObject({ expected: 2, submitted: 1 });
    });

    it('counts the town’s own month from the data: a village submitting twice changes nothing', async () => {
      await t.http().post(`/api/cadre/reports/${TAIPINGPU}/${MONTH}/submit`).set(as('taipingpu')).expect(200);
      await t.http().post(`/api/cadre/reports/${TAIPINGPU}/${MONTH}/submit`).set(as('taipingpu')).expect(409);
      const town = await report('town', TOWN);
      expect(cell(town, 'helpSummary', 'all', 'received')).toBe((await independently(null)).received);
      // The submitted village report keeps its figures as submitted, and the town reads them "<5".
      const submitted = await report('town', TAIPINGPU);
      expect(submitted).toMatchObject({ status: 'submitted', live: false });
      expect(cell(submitted, 'helpSummary', 'all', 'received')).toBe('<5');
      expect(cell(await report('taipingpu', TAIPINGPU), 'helpSummary', 'all', 'received')).toBe(3);
    });

    it('lets nobody but the village’s own chair write or submit its report', async () => {
      const res = await t
        .http()
        .put(`/api/cadre/reports/${HAISHAPING}/${PAST}/narrative`)
        .set(as('town'))
        .send({ experience: '代写' })
        .expect(403);
      expect(res.body.message).toBe('只有本级妇联可以填写和上报本级的报告');
      await t.http().post(`/api/cadre/reports/${HAISHAPING}/${PAST}/submit`).set(as('town')).expect(403);
    });
  });

  it('refuses a month to come, a malformed period, and a region outside the jurisdiction', async () => {
    const nextYear = String(Number(MONTH.slice(0, 4)) + 1);
    const future = await t
      .http()
      .get(`/api/cadre/reports/${TAIPINGPU}/${nextYear}-01`)
      .set(as('taipingpu'))
      .expect(400);
    expect(future.body.errors).toEqual([{ field: 'period', message: '这个月还没到，不能统计' }]);
    await t.http().get(`/api/cadre/reports/${TAIPINGPU}/${nextYear}`).set(as('taipingpu')).expect(400);
    const malformed = await t.http().get(`/api/cadre/reports/${TAIPINGPU}/2026-13`).set(as('taipingpu')).expect(400);
    expect(malformed.body.errors[0].field).toBe('period');
    await t.http().get(`/api/cadre/reports/4312221142/${MONTH}`).set(as('taipingpu')).expect(400);
    const outside = await t.http().get(`/api/cadre/reports/${HAISHAPING}/${MONTH}`).set(as('taipingpu')).expect(404);
    expect(outside.body.code).toBe('NOT_FOUND');
    await t.http().get(`/api/cadre/reports/${TOWN}/${MONTH}`).set(as('taipingpu')).expect(404);
    await t.http().put(`/api/cadre/reports/${HAISHAPING}/${MONTH}/narrative`).set(as('taipingpu')).send({}).expect(404);
    await t.http().get(`/api/cadre/dashboards/${HAISHAPING}`).set(as('taipingpu')).expect(404);
    await t.http().get(`/api/cadre/dashboards/${TAIPINGPU}?month=${nextYear}-01`).set(as('taipingpu')).expect(400);
    const tooLong = await t
      .http()
      .put(`/api/cadre/reports/${TAIPINGPU}/${MONTH}/narrative`)
      .set(as('taipingpu'))
      .send({ problems: '问'.repeat(2001) })
      .expect(400);
    expect(tooLong.body.errors[0].field).toBe('problems');
  });
});
