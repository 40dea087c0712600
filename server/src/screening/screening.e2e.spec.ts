import { randomUUID } from 'node:crypto';
import { CHECKLIST } from '@hulei/shared';
import { chinaDate, chinaYear } from '../common/china-date';
import { ClocksService } from '../clocks/clocks.service';
import { startTestApp, type TestApp } from '../testing/test-app';
import { HEADERS } from './household-sheet';
import { accountIn, answers, sheetFile, villageRows } from './screening.fixtures';
import { XLSX_TYPE } from './upload';

const TAIPINGPU = '431222114200';
const HAISHAPING = '431222114203';
const TOWN = '431222114';
const COUNTY = '431222';

describe('敲门行动: households, grid workers, door-knocking visits and coverage', () => {
  let t: TestApp;
  let chair: string;
  let town: string;
  let county: string;
  let worker: string;
  let grids: Array<{ id: string; name: string }>;
  let ownHouseholds: Array<{ id: string; address: string }>;
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const upload = (token: string, file: Buffer, village = TAIPINGPU) =>
    t
      .http()
      .post(`/api/cadre/screening/villages/${village}/households/import`)
      .set(bearer(token))
      .set('Content-Type', XLSX_TYPE)
      .send(file);
  const coverage = (token: string, regionCode?: string) =>
    t
      .http()
      .get(`/api/cadre/screening/coverage${regionCode ? `?regionCode=${regionCode}` : ''}`)
      .set(bearer(token))
      .expect(200)
      .then((r) => r.body);
  const visit = (token: string, body: object, key: string = randomUUID()) =>
    t.http().post('/api/cadre/screening/visits').set(bearer(token)).set('Idempotency-Key', key).send(body);
  const today = chinaDate();
  const visitBody = (householdId: string, overrides: object = {}) => ({
    householdId,
    visitedOn: today,
    attendees: '网格员李梅、户主、孩子',
    answers: answers(),
    ...overrides,
  });

  beforeAll(async () => {
    t = await startTestApp({ demoAccounts: true });
    chair = await t.login('13800000001');
    town = await t.login('13800000003');
    county = await t.login('13800000004');
  });
  afterAll(() => t.close());

  it('serves the template with its headers and instructions', async () => {
    const res = await t
      .http()
      .get('/api/cadre/screening/household-template')
      .set(bearer(chair))
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(res.headers['content-type']).toContain(XLSX_TYPE);
    const { Workbook } = await import('exceljs');
    const workbook = new Workbook();
    await workbook.xlsx.load(res.body as never);
    expect(workbook.getWorksheet('户籍名单')!.getRow(1).values).toEqual([undefined, ...HEADERS]);
    expect(workbook.getWorksheet('填写说明')).toBeDefined();
  });

  it('imports a 200-household sheet for 太平铺村, grids made from the sheet, names stored sealed', async () => {
    const res = await upload(chair, await sheetFile(villageRows('太平铺村', 200))).expect(201);
    expect(res.body.households).toBe(200);
    expect(res.body.gridsCreated).toEqual(['一组', '二组', '三组', '四组']);
    expect(res.body.children).toBe(villageRows('太平铺村', 200).reduce((n, r) => n + (r.length - 3) / 2, 0));
    const stored = JSON.stringify([
      ...(await t.dataSource.query('SELECT * FROM household')),
      ...(await t.dataSource.query('SELECT * FROM household_child')),
    ]);
    for (const secret of ['太平铺村一组1号', '户主1', '孩子1-1']) expect(stored).not.toContain(secret);
    const cover = await coverage(chair);
    expect(cover).toMatchObject({ regionName: '太平铺村', total: 200, visited: 0, unvisited: 200 });
    expect(cover.parts.map((p: { name: string; total: number }) => [p.name, p.total])).toEqual([
      ['一组', 50],
      ['二组', 50],
      ['三组', 50],
      ['四组', 50],
    ]);
    grids = (await t.http().get(`/api/cadre/screening/villages/${TAIPINGPU}/grids`).set(bearer(chair)).expect(200))
      .body;
  });

  it('refuses a sheet with duplicates, future birth years or missing fields, row by row, importing nothing', async () => {
    const year = chinaYear();
    const rows = [
      ['五组', '太平铺村五组1号', '王五', '王小五', year + 1],
      ['五组', '太平铺村五组2号', '', '王小六', 2015],
      ['五组', '太平铺村 五组1号', '赵六'],
      ['五组', '太平铺村一组1号', '张三'],
      ['五组', '太平铺村五组3号', '李四', '李小四', '二〇一五'],
      ['五组', '太平铺村五组4号', '李五', '', 2016],
    ];
    const res = await upload(chair, await sheetFile(rows)).expect(400);
    expect(res.body.message).toBe('表格有 6 处错误，没有导入任何一户；请按行号改正后重新上传');
    expect(res.body.errors.map((e: { message: string }) => e.message)).toEqual([
      `第 2 行「儿童1出生年份」：出生年份 ${year + 1} 晚于今年（${year}），请核对`,
      '第 3 行「户主姓名」：户主姓名不能为空',
      '第 4 行「门牌号或地址」：与第 2 行的门牌重复，同一户只填一行',
      '第 5 行「门牌号或地址」：这一户已经在本村名单里了（门牌重复）',
      '第 6 行「儿童1出生年份」：出生年份「二〇一五」应为四位数字，如 2015',
      '第 7 行「儿童1姓名」：填了出生年份，请同时填写儿童姓名',
    ]);
    expect((await coverage(chair)).total).toBe(200);
    expect(grids.map((g) => g.name)).not.toContain('五组');
  });

  it('refuses a wrong template, a file that is not Excel, and an empty sheet, saying what to do', async () => {
    const wrongHeaders = await sheetFile([['一组', '1号', '张三']], ['组别', '地址', '户主']);
    expect((await upload(chair, wrongHeaders).expect(400)).body.message).toBe(
      'file: 表头与模板不符：第 1 行第 1 列应为「网格」，请下载模板后按模板填写',
    );
    expect((await upload(chair, Buffer.from('户主,地址\n张三,1号')).expect(400)).body.message).toContain(
      '不是 Excel 表格（.xlsx）',
    );
    expect((await upload(chair, await sheetFile([])).expect(400)).body.message).toContain('表格里没有任何一户');
    const json = await t
      .http()
      .post(`/api/cadre/screening/villages/${TAIPINGPU}/households/import`)
      .set(bearer(chair))
      .send({ rows: [] })
      .expect(400);
    expect(json.body.message).toContain('请上传 Excel 表格（.xlsx）');
    expect((await coverage(chair)).total).toBe(200);
  });

  it('adds a household by hand and refuses a duplicate door number or a future birth year', async () => {
    const added = await t
      .http()
      .post(`/api/cadre/screening/villages/${TAIPINGPU}/households`)
      .set(bearer(chair))
      .send({
        address: '太平铺村五组8号',
        headName: '刘八',
        gridId: grids[0].id,
        children: [{ name: '刘小八', birthYear: 2016 }],
      })
      .expect(201);
    expect(added.body).toMatchObject({ address: '太平铺村五组8号', headName: '刘八', childCount: 1, visited: false });
    expect(added.body.children).toEqual([{ name: '刘小八', birthYear: 2016 }]);
    const duplicate = await t
      .http()
      .post(`/api/cadre/screening/villages/${TAIPINGPU}/households`)
      .set(bearer(chair))
      .send({ address: '太平铺村五组８号 ', headName: '刘八', children: [] })
      .expect(409);
    expect(duplicate.body.message).toBe('这一户已经在本村名单里了（门牌重复）');
    await t
      .http()
      .post(`/api/cadre/screening/villages/${TAIPINGPU}/households`)
      .set(bearer(chair))
      .send({
        address: '太平铺村五组9号',
        headName: '刘九',
        children: [{ name: '刘小九', birthYear: chinaYear() + 2 }],
      })
      .expect(400);
    expect((await coverage(chair)).total).toBe(201);
  });

  it('lets the chair assign a grid worker, who then sees only her grid’s households', async () => {
    const account = await accountIn(t, TAIPINGPU, 'grid_worker', '网格员李梅');
    const grid = grids.find((g) => g.name === '一组')!;
    const assigned = await t
      .http()
      .post(`/api/cadre/screening/grids/${grid.id}/workers`)
      .set(bearer(chair))
      .send({ accountId: account.id })
      .expect(200);
    expect(assigned.body.workers).toEqual([{ accountId: account.id, name: '网格员李梅' }]);
    worker = await t.login(account.phone, account.password);
    const list = await t
      .http()
      .get(`/api/cadre/screening/villages/${TAIPINGPU}/households?pageSize=500`)
      .set(bearer(worker))
      .expect(200);
    expect(list.body.total).toBe(51);
    ownHouseholds = list.body.items;
    expect(
      ownHouseholds.every((h: { address: string }) => h.address.includes('一组') || h.address.includes('五组8号')),
    ).toBe(true);
    const visibleGrids = await t
      .http()
      .get(`/api/cadre/screening/villages/${TAIPINGPU}/grids`)
      .set(bearer(worker))
      .expect(200);
    expect(visibleGrids.body.map((g: { name: string }) => g.name)).toEqual(['一组']);
    // A grid worker cannot import or manage grids.
    await upload(worker, await sheetFile(villageRows('太平铺村', 1, 900))).expect(403);
  });

  it('records a grid worker’s visits once per Idempotency-Key, and counts them in coverage', async () => {
    const key = randomUUID();
    const first = await visit(worker, visitBody(ownHouseholds[0].id), key).expect(201);
    const again = await visit(worker, visitBody(ownHouseholds[0].id), key).expect(201);
    expect(again.body).toEqual(first.body);
    await t.restart();
    const afterRestart = await visit(worker, visitBody(ownHouseholds[0].id), key).expect(201);
    expect(afterRestart.body).toEqual(first.body);
    await visit(worker, visitBody(ownHouseholds[1].id)).expect(201);
    const withConcern = await visit(
      worker,
      visitBody(ownHouseholds[2].id, {
        answers: answers(
          { look_schooling: 'concern', ask_schooling: 'concern', ask_lodging: 'not_applicable' },
          { look_schooling: '孩子两周没去学校' },
        ),
      }),
    ).expect(201);
    expect(withConcern.body.concerns).toEqual(['look_schooling', 'ask_schooling']);
    const detail = await t
      .http()
      .get(`/api/cadre/screening/households/${ownHouseholds[2].id}`)
      .set(bearer(worker))
      .expect(200);
    expect(detail.body.visits).toEqual([
      expect.objectContaining({
        visitedOn: today,
        visitorName: '网格员李梅',
        concerns: ['look_schooling', 'ask_schooling'],
      }),
    ]);
    expect(JSON.stringify(await t.dataSource.query('SELECT * FROM screening_visit'))).not.toContain('孩子两周没去学校');
    const cover = await coverage(chair);
    expect(cover).toMatchObject({ total: 201, visited: 3, unvisited: 198 });
    expect(cover.parts.find((p: { name: string }) => p.name === '一组')).toMatchObject({ total: 51, visited: 3 });
    expect(cover.concerns.filter((c: { households: number }) => c.households > 0)).toEqual([
      { item: 'look_schooling', households: 1 },
      { item: 'ask_schooling', households: 1 },
    ]);
    expect(cover.concerns).toHaveLength(12);
  });

  it('refuses a visit outside the worker’s grid, a missing item, a future date, storing nothing', async () => {
    const all = await t
      .http()
      .get(`/api/cadre/screening/villages/${TAIPINGPU}/households?pageSize=500`)
      .set(bearer(chair))
      .expect(200);
    const other = all.body.items.find((h: { address: string }) => h.address.includes('二组'));
    const refused = await visit(worker, visitBody(other.id)).expect(403);
    expect(refused.body.message).toBe('这一户不在你负责的网格内，不能登记走访；如需调整，请联系村妇联主席');
    const missing = await visit(worker, visitBody(ownHouseholds[3].id, { answers: answers().slice(0, 11) })).expect(
      400,
    );
    expect(missing.body.message).toBe(`answers: 六看六问还有 1 项没有填：${CHECKLIST[11].text}`);
    const twice = answers();
    twice[11] = { ...twice[10] };
    await visit(worker, visitBody(ownHouseholds[3].id, { answers: twice })).expect(400);
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    await visit(worker, visitBody(ownHouseholds[3].id, { visitedOn: tomorrow })).expect(400);
    await visit(
      worker,
      visitBody(ownHouseholds[3].id, { harmCase: { category: 'sexual_abuse', description: '线索' } }),
    ).expect(400);
    // Another village's household does not exist for her.
    await t
      .http()
      .post(`/api/cadre/screening/villages/${HAISHAPING}/households`)
      .set(bearer(chair))
      .send({ address: '1号', headName: '甲', children: [] })
      .expect(404);
    expect((await coverage(chair)).visited).toBe(3);
    expect(await t.dataSource.query('SELECT id FROM screening_visit')).toHaveLength(3);
  });

  it('lists the unvisited households (零遗留) for the village, the grid worker and the town', async () => {
    const chairList = await t
      .http()
      .get(`/api/cadre/screening/unvisited?regionCode=${TAIPINGPU}&pageSize=500`)
      .set(bearer(chair))
      .expect(200);
    expect(chairList.body.total).toBe(198);
    const visitedIds = ownHouseholds.slice(0, 3).map((h) => h.id);
    expect(chairList.body.items.some((h: { id: string }) => visitedIds.includes(h.id))).toBe(false);
    const mine = await t
      .http()
      .get(`/api/cadre/screening/unvisited?regionCode=${TAIPINGPU}`)
      .set(bearer(worker))
      .expect(200);
    expect(mine.body.total).toBe(48);
    const townList = await t
      .http()
      .get(`/api/cadre/screening/unvisited?regionCode=${TOWN}&pageSize=10`)
      .set(bearer(town))
      .expect(200);
    expect(townList.body.total).toBe(198);
    const countyList = await t
      .http()
      .get(`/api/cadre/screening/unvisited?regionCode=${COUNTY}`)
      .set(bearer(county))
      .expect(400);
    expect(countyList.body.message).toContain('未走访名单请选到乡镇或村');
    const visitedOnly = await t
      .http()
      .get(`/api/cadre/screening/villages/${TAIPINGPU}/households?visited=true`)
      .set(bearer(chair))
      .expect(200);
    expect(visitedOnly.body.items.map((h: { id: string }) => h.id).sort()).toEqual([...visitedIds].sort());
  });

  it('opens a case from a concern on item 1 and records the police report in the same step, once', async () => {
    const key = randomUUID();
    const body = visitBody(ownHouseholds[4].id, {
      answers: answers({ look_harm: 'concern' }, { look_harm: '孩子说邻居晚上进过她房间' }),
      harmCase: {
        category: 'sexual_abuse',
        description: '走访时孩子说邻居晚上进过她房间',
        urgency: 'urgent',
        policeReport: {
          policeStation: '官庄派出所',
          reportedAt: new Date(Date.now() - 60_000).toISOString(),
          reference: 'JJ2026001',
        },
      },
    });
    const res = await visit(worker, body, key).expect(201);
    expect(res.body).toMatchObject({ concerns: ['look_harm'], policeReported: true });
    const caseId = res.body.helpRequestId as string;
    expect(caseId).toMatch(/^[0-9a-f-]{36}$/);
    const retried = await visit(worker, body, key).expect(201);
    expect(retried.body).toEqual(res.body);
    const inbox = await t.http().get('/api/cadre/help-requests?pageSize=100').set(bearer(chair)).expect(200);
    expect(inbox.body.items.filter((i: { id: string }) => i.id === caseId)).toEqual([
      expect.objectContaining({ id: caseId, category: 'sexual_abuse', status: 'acknowledged', urgency: 'urgent' }),
    ]);
    expect(inbox.body.total).toBe(1);
    const detail = await t.http().get(`/api/cadre/help-requests/${caseId}`).set(bearer(chair)).expect(200);
    expect(detail.body).toMatchObject({ description: '走访时孩子说邻居晚上进过她房间', policeReported: true });
    expect(
      detail.body.events.map((e: { kind: string; data?: string; actorName?: string }) => [
        e.kind,
        e.data ?? null,
        e.actorName,
      ]),
    ).toEqual([
      ['submitted', 'origin_visit', '网格员李梅'],
      ['acknowledged', null, '网格员李梅'],
      ['police_report', null, '网格员李梅'],
    ]);
    expect(detail.body.policeReports).toEqual([
      expect.objectContaining({ policeStation: '官庄派出所', reference: 'JJ2026001' }),
    ]);
    const cover = await coverage(chair);
    expect(cover.concerns.find((c: { item: string }) => c.item === 'look_harm')).toEqual({
      item: 'look_harm',
      households: 1,
    });
  });

  it('starts the 2-hour police-report clock on a sexual-abuse case opened without a report, and stops it with the report', async () => {
    const res = await visit(
      worker,
      visitBody(ownHouseholds[7].id, {
        answers: answers({ look_harm: 'concern' }),
        harmCase: { category: 'sexual_abuse', description: '孩子身上有伤，说是继父打的' },
      }),
    ).expect(201);
    const caseId = res.body.helpRequestId as string;
    expect(res.body.policeReported).toBe(false);
    const clocks = () =>
      t.app
        .get(ClocksService)
        .forSubject('help_request', caseId)
        .then((all) => all.map((c) => [c.kind, c.state, c.dueAt]));
    const [police] = (await clocks()).filter(([kind]) => kind === 'police_report');
    expect(police[1]).toBe('pending');
    const due = (police[2] as Date).getTime() - Date.now();
    expect(due).toBeGreaterThan(110 * 60_000);
    expect(due).toBeLessThanOrEqual(120 * 60_000);
    await t
      .http()
      .post(`/api/cadre/screening/visits/${res.body.id}/harm-case`)
      .set(bearer(worker))
      .send({
        category: 'sexual_abuse',
        description: '孩子身上有伤，说是继父打的',
        policeReport: { policeStation: '官庄派出所', reportedAt: new Date().toISOString() },
      })
      .expect(200);
    expect((await clocks()).filter(([kind, state]) => kind === 'police_report' && state === 'pending')).toEqual([]);
    await t.http().get(`/api/cadre/help-requests/${caseId}`).set(bearer(chair)).expect(200);
  });

  it('opens the case in a follow-up step for a visit synced without it, once however often it is asked', async () => {
    const res = await visit(
      worker,
      visitBody(ownHouseholds[5].id, { answers: answers({ look_harm: 'concern' }) }),
    ).expect(201);
    expect(res.body.helpRequestId).toBeNull();
    const harmCase = { category: 'bullying', description: '孩子在学校被高年级学生殴打', urgency: 'normal' };
    const opened = await t
      .http()
      .post(`/api/cadre/screening/visits/${res.body.id}/harm-case`)
      .set(bearer(worker))
      .send(harmCase)
      .expect(200);
    expect(opened.body.helpRequestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(opened.body.policeReported).toBe(false);
    const reported = await t
      .http()
      .post(`/api/cadre/screening/visits/${res.body.id}/harm-case`)
      .set(bearer(worker))
      .send({ ...harmCase, policeReport: { policeStation: '官庄派出所', reportedAt: new Date().toISOString() } })
      .expect(200);
    expect(reported.body).toEqual({ ...opened.body, policeReported: true });
    const inbox = await t.http().get('/api/cadre/help-requests?pageSize=100').set(bearer(chair)).expect(200);
    expect(inbox.body.total).toBe(3);
    const fine = await visit(worker, visitBody(ownHouseholds[6].id)).expect(201);
    await t
      .http()
      .post(`/api/cadre/screening/visits/${fine.body.id}/harm-case`)
      .set(bearer(worker))
      .send(harmCase)
      .expect(409);
  });

  it('shows coverage at the town and county, with the campaign dates the county set', async () => {
    const before = await coverage(town);
    expect(before).toMatchObject({ regionCode: TOWN, total: 201, visited: 7 });
    expect(before.parts.find((p: { code: string }) => p.code === TAIPINGPU)).toMatchObject({
      name: '太平铺村',
      total: 201,
      visited: 7,
    });
    expect(before.parts.find((p: { code: string }) => p.code === HAISHAPING)).toMatchObject({ total: 0, visited: 0 });
    expect(before.campaign).toMatchObject({
      countyCode: COUNTY,
      setByCounty: false,
      summaryBy: `${chinaYear()}-12-01`,
    });
    const year = chinaYear();
    const dates = {
      mobilisationBy: `${year}-05-25`,
      implementationFrom: `${year}-05-10`,
      implementationTo: `${year}-12-20`,
      summaryBy: `${year}-11-30`,
    };
    await t.http().put(`/api/cadre/screening/campaigns/${COUNTY}/${year}`).set(bearer(town)).send(dates).expect(403);
    await t
      .http()
      .put(`/api/cadre/screening/campaigns/${COUNTY}/${year}`)
      .set(bearer(county))
      .send({ ...dates, implementationTo: `${year}-04-01` })
      .expect(400);
    const set = await t
      .http()
      .put(`/api/cadre/screening/campaigns/${COUNTY}/${year}`)
      .set(bearer(county))
      .send(dates)
      .expect(200);
    expect(set.body).toMatchObject({ ...dates, setByCounty: true });
    const countyView = await coverage(county);
    expect(countyView).toMatchObject({ regionName: '沅陵县', total: 201, visited: 7 });
    expect(countyView.parts.find((p: { code: string }) => p.code === TOWN)).toMatchObject({
      name: '官庄镇',
      total: 201,
      visited: 7,
    });
    expect((await coverage(chair)).campaign).toMatchObject({ ...dates, setByCounty: true });
    // A village chair asking for the town's coverage is outside her jurisdiction.
    await t.http().get(`/api/cadre/screening/coverage?regionCode=${TOWN}`).set(bearer(chair)).expect(404);
  });

  it('audits every read of household data and logs no name or address', async () => {
    const reads: Array<{ subject_type: string }> = await t.dataSource.query(
      "SELECT subject_type FROM audit_event WHERE action = 'record_read'",
    );
    expect(reads.map((r) => r.subject_type)).toEqual(expect.arrayContaining(['household_list', 'household']));
    const imports = await t.dataSource.query("SELECT detail FROM audit_event WHERE action = 'household_import'");
    expect(imports).toEqual([{ detail: 'households=200' }]);
    for (const secret of ['太平铺村一组', '户主1', '孩子1-1', '邻居晚上']) expect(t.logs()).not.toContain(secret);
  });
});
