import { randomUUID } from 'node:crypto';
import { Workbook } from 'exceljs';
import { chinaDate, chinaYear } from '../common/china-date';
import { accountIn, answers, sheetFile, villageRows } from '../screening/screening.fixtures';
import { XLSX_TYPE } from '../screening/upload';
import { startTestApp, type TestApp } from '../testing/test-app';
import { CarePairing } from './care.entities';
import { CareLedgerService } from './care.service';

const TAIPINGPU = '431222114200';
const CASE_STORY = '走访时孩子说邻居晚上进过她房间';
const GUARDIAN = '父母在广东务工，随七十岁的祖母生活';
const CASE_NOTES = '已由公安立案，一站式中心完成询问取证';

describe('重点关爱台账: the ledger, 五位一体 services, pairing and follow-ups', () => {
  let t: TestApp;
  let chair: string;
  let county: string;
  let volunteer: string;
  let helper: { id: string; phone: string; password: string };
  let victimId: string;
  let leftBehindId: string;
  let otherChildId: string;
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const http = () => t.http();
  const download = (path: string, token: string) =>
    http()
      .get(path)
      .set(bearer(token))
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });

  beforeAll(async () => {
    t = await startTestApp({ demoAccounts: true });
    chair = await t.login('13800000001');
    county = await t.login('13800000004');
    helper = await accountIn(t, TAIPINGPU, 'volunteer', '执委妈妈王芳');
    volunteer = await t.login(helper.phone, helper.password);
  });
  afterAll(() => t.close());

  it('builds records from a case, from a visit and by hand, the private fields sealed', async () => {
    await http()
      .post(`/api/cadre/screening/villages/${TAIPINGPU}/households/import`)
      .set(bearer(chair))
      .set('Content-Type', XLSX_TYPE)
      .send(await sheetFile(villageRows('太平铺村', 8)))
      .expect(201);
    const households = (await http().get(`/api/cadre/screening/villages/${TAIPINGPU}/households`).set(bearer(chair)))
      .body.items;
    const visit = await http()
      .post('/api/cadre/screening/visits')
      .set(bearer(chair))
      .set('Idempotency-Key', randomUUID())
      .send({
        householdId: households[0].id,
        visitedOn: chinaDate(),
        attendees: '村妇联主席、祖母、孩子',
        answers: answers({ look_harm: 'concern' }),
        harmCase: { category: 'sexual_abuse', description: CASE_STORY },
      })
      .expect(201);
    const fromCase = await http()
      .post('/api/cadre/care/records')
      .set(bearer(chair))
      .send({
        helpRequestId: visit.body.helpRequestId,
        childName: '张小花',
        birthYear: chinaYear() - 10,
        category: 'sexual_abuse_victim',
        riskLevel: 'high',
        guardianSituation: GUARDIAN,
        school: '官庄镇中心小学',
        notes: CASE_NOTES,
      })
      .expect(201);
    expect(fromCase.body).toMatchObject({
      source: 'case',
      villageCode: TAIPINGPU,
      villageName: '太平铺村',
      childName: '张小花',
      guardianSituation: GUARDIAN,
      status: 'open',
      helpers: 0,
    });
    victimId = fromCase.body.id;
    const visit2 = await http()
      .post('/api/cadre/screening/visits')
      .set(bearer(chair))
      .set('Idempotency-Key', randomUUID())
      .send({
        householdId: households[1].id,
        visitedOn: chinaDate(),
        attendees: '村妇联主席',
        answers: answers({ look_lodging: 'concern' }),
      })
      .expect(201);
    const fromVisit = await http()
      .post('/api/cadre/care/records')
      .set(bearer(chair))
      .send({
        visitId: visit2.body.id,
        childName: '李小明',
        birthYear: chinaYear() - 12,
        category: 'left_behind',
        riskLevel: 'medium',
      })
      .expect(201);
    expect(fromVisit.body).toMatchObject({ source: 'visit', villageCode: TAIPINGPU });
    leftBehindId = fromVisit.body.id;
    const manual = await http()
      .post('/api/cadre/care/records')
      .set(bearer(chair))
      .send({ villageCode: TAIPINGPU, childName: '赵小红', category: 'in_hardship', riskLevel: 'low' })
      .expect(201);
    otherChildId = manual.body.id;
    await http()
      .post('/api/cadre/care/records')
      .set(bearer(chair))
      .send({
        villageCode: TAIPINGPU,
        childName: '未来',
        birthYear: chinaYear() + 1,
        category: 'other',
        riskLevel: 'low',
      })
      .expect(400);
    await http()
      .post('/api/cadre/care/records')
      .set(bearer(chair))
      .send({ villageCode: '431222114203', childName: '邻村', category: 'other', riskLevel: 'low' })
      .expect(404);
    const stored = JSON.stringify(await t.dataSource.query('SELECT * FROM care_record'));
    for (const secret of ['张小花', GUARDIAN, '官庄镇中心小学', CASE_NOTES]) expect(stored).not.toContain(secret);
  });

  it('records 五位一体 services and counselling sessions at the child service station', async () => {
    for (const [kind, provider] of [
      ['rights_notification', '沅陵县一站式取证救助中心'],
      ['interview_evidence', '沅陵县一站式取证救助中心'],
      ['examination_treatment', '沅陵县人民医院'],
      ['station_counselling', '太平铺村儿童服务站'],
    ]) {
      await http()
        .post(`/api/cadre/care/records/${victimId}/services`)
        .set(bearer(chair))
        .send({
          kind,
          providedOn: chinaDate(),
          provider,
          note: kind === 'station_counselling' ? '第一次心理辅导，孩子愿意说话了' : undefined,
        })
        .expect(201);
    }
    const detail = await http().get(`/api/cadre/care/records/${victimId}`).set(bearer(chair)).expect(200);
    expect(detail.body.services.map((s: { kind: string; provider: string }) => [s.kind, s.provider])).toEqual([
      ['rights_notification', '沅陵县一站式取证救助中心'],
      ['interview_evidence', '沅陵县一站式取证救助中心'],
      ['examination_treatment', '沅陵县人民医院'],
      ['station_counselling', '太平铺村儿童服务站'],
    ]);
  });

  it('pairs helpers one-to-one and many-to-one with a monthly plan, volunteers only', async () => {
    const paired = await http()
      .post(`/api/cadre/care/records/${victimId}/pairings`)
      .set(bearer(chair))
      .send({ helperAccountIds: [helper.id] })
      .expect(201);
    expect(paired.body.pairings).toEqual([
      expect.objectContaining({ helperName: '执委妈妈王芳', intervalDays: 30, overdue: false, endedAt: null }),
    ]);
    const second = await accountIn(t, TAIPINGPU, 'volunteer', '最美家庭李姐');
    const many = await http()
      .post(`/api/cadre/care/records/${leftBehindId}/pairings`)
      .set(bearer(chair))
      .send({ helperAccountIds: [helper.id, second.id], intervalDays: 14 })
      .expect(201);
    expect(many.body.helpers).toBe(2);
    const worker = await accountIn(t, TAIPINGPU, 'grid_worker', '网格员');
    await http()
      .post(`/api/cadre/care/records/${otherChildId}/pairings`)
      .set(bearer(chair))
      .send({ helperAccountIds: [worker.id] })
      .expect(400);
    await http()
      .post(`/api/cadre/care/records/${victimId}/pairings`)
      .set(bearer(chair))
      .send({ helperAccountIds: [helper.id] })
      .expect(409);
    await http()
      .post(`/api/cadre/care/records/${otherChildId}/pairings`)
      .set(bearer(chair))
      .send({ helperAccountIds: [second.id], intervalDays: 45 })
      .expect(400);
  });

  it('shows a volunteer her paired children’s plan and notes and nothing else', async () => {
    const plans = await http().get('/api/cadre/care/follow-up-plans').set(bearer(volunteer)).expect(200);
    expect(plans.body.map((p: { childName: string }) => p.childName).sort()).toEqual(['张小花', '李小明']);
    const victim = plans.body.find((p: { recordId: string }) => p.recordId === victimId);
    expect(Object.keys(victim).sort()).toEqual(
      [
        'birthYear',
        'childName',
        'helperNames',
        'intervalDays',
        'lastFollowUpAt',
        'nextDueAt',
        'overdue',
        'recordId',
        'villageName',
      ].sort(),
    );
    const plan = await http().get(`/api/cadre/care/follow-up-plans/${victimId}`).set(bearer(volunteer)).expect(200);
    const seen = JSON.stringify([plans.body, plan.body]);
    for (const secret of ['sexual_abuse', CASE_STORY, GUARDIAN, '官庄镇中心小学', CASE_NOTES, '心理辅导', 'high']) {
      expect(seen).not.toContain(secret);
    }
    // Another child of her own village, not paired with her: it does not exist for her.
    await http().get(`/api/cadre/care/follow-up-plans/${otherChildId}`).set(bearer(volunteer)).expect(404);
    await http()
      .post(`/api/cadre/care/follow-up-plans/${otherChildId}/notes`)
      .set(bearer(volunteer))
      .send({ visitedOn: chinaDate(), note: '看看' })
      .expect(404);
    // The ledger itself is for the federation.
    await http().get(`/api/cadre/care/records/${victimId}`).set(bearer(volunteer)).expect(403);
    await http().get('/api/cadre/care/records').set(bearer(volunteer)).expect(403);
    await http().get(`/api/cadre/screening/villages/${TAIPINGPU}/households`).set(bearer(volunteer)).expect(403);
    await http().get(`/api/cadre/help-requests`).set(bearer(volunteer)).expect(403);
  });

  it('moves the plan on with each follow-up note, and flags the overdue ones', async () => {
    const today = chinaDate();
    const noted = await http()
      .post(`/api/cadre/care/follow-up-plans/${victimId}/notes`)
      .set(bearer(volunteer))
      .send({ visitedOn: today, note: '孩子情绪稳定，期末考试进步了' })
      .expect(201);
    expect(noted.body.notes).toEqual([
      expect.objectContaining({ visitedOn: today, authorName: '执委妈妈王芳', note: '孩子情绪稳定，期末考试进步了' }),
    ]);
    expect(Date.parse(noted.body.nextDueAt)).toBe(Date.parse(`${today}T00:00:00+08:00`) + 30 * 86_400_000);
    const chairView = await http().get(`/api/cadre/care/records/${victimId}`).set(bearer(chair)).expect(200);
    expect(chairView.body.followUps.map((f: { note: string }) => f.note)).toEqual(['孩子情绪稳定，期末考试进步了']);
    // Two weeks pass without a visit to 李小明.
    await t.dataSource
      .getRepository(CarePairing)
      .update({ careRecordId: leftBehindId }, { nextDueAt: new Date(Date.now() - 86_400_000) });
    const overdue = await http().get('/api/cadre/care/records?overdue=true').set(bearer(chair)).expect(200);
    expect(overdue.body.items.map((r: { id: string }) => r.id)).toEqual([leftBehindId]);
    const plans = await http().get('/api/cadre/care/follow-up-plans').set(bearer(volunteer)).expect(200);
    expect(plans.body.find((p: { recordId: string }) => p.recordId === leftBehindId).overdue).toBe(true);
    expect(plans.body.find((p: { recordId: string }) => p.recordId === victimId).overdue).toBe(false);
  });

  it('exports the ledger to Excel for the county and above only, audited', async () => {
    await download('/api/cadre/care/records/export', chair).expect(403);
    const res = await download('/api/cadre/care/records/export', county).expect(200);
    expect(res.headers['content-type']).toContain(XLSX_TYPE);
    const workbook = new Workbook();
    await workbook.xlsx.load(res.body as never);
    const sheet = workbook.getWorksheet('重点关爱台账')!;
    expect(sheet.rowCount).toBe(4);
    const rows = [2, 3, 4].map((r) => (sheet.getRow(r).values as unknown[]).slice(1));
    expect(rows.find((r) => r[1] === '张小花')).toEqual(
      expect.arrayContaining(['太平铺村', '性侵害受害儿童', '高', GUARDIAN, '执委妈妈王芳', '帮扶中']),
    );
    expect(JSON.stringify(rows)).not.toContain(CASE_NOTES);
    await download('/api/cadre/care/records/export?regionCode=431223', county).expect(404);
    const exports = await t.dataSource.query(
      "SELECT detail, actor_role FROM audit_event WHERE action = 'ledger_export'",
    );
    expect(exports).toEqual([{ detail: 'records=3', actor_role: 'federation_county' }]);
  });

  it('audits every read of the ledger and of a plan', async () => {
    const reads: Array<{ subject_type: string; actor_role: string }> = await t.dataSource.query(
      "SELECT subject_type, actor_role FROM audit_event WHERE action = 'record_read'",
    );
    const kinds = new Set(reads.map((r) => `${r.actor_role}:${r.subject_type}`));
    for (const kind of [
      'federation_village:care_record',
      'federation_village:care_ledger',
      'volunteer:care_plans',
      'volunteer:care_plan',
    ]) {
      expect(kinds).toContain(kind);
    }
    const denied = await t.dataSource.query(
      "SELECT detail FROM audit_event WHERE action = 'jurisdiction_denied' AND actor_role = 'volunteer'",
    );
    expect(denied.length).toBeGreaterThanOrEqual(2);
  });

  it('closes a record, ends its pairings, and after the retention period keeps only anonymous counts', async () => {
    const closed = await http()
      .post(`/api/cadre/care/records/${victimId}/close`)
      .set(bearer(chair))
      .send({ reason: '孩子随父母去广东上学' })
      .expect(200);
    expect(closed.body).toMatchObject({ status: 'closed', helpers: 0 });
    await http().get(`/api/cadre/care/follow-up-plans/${victimId}`).set(bearer(volunteer)).expect(404);
    await http()
      .post(`/api/cadre/care/records/${victimId}/services`)
      .set(bearer(chair))
      .send({ kind: 'counselling', providedOn: chinaDate(), provider: '服务站' })
      .expect(409);
    const later = new Date(Date.now() + (t.config.retentionDays + 1) * 86_400_000);
    expect(await t.app.get(CareLedgerService).purgeExpired(later)).toBe(1);
    const purged = await http().get(`/api/cadre/care/records/${victimId}`).set(bearer(chair)).expect(200);
    expect(purged.body).toMatchObject({
      childName: null,
      birthYear: null,
      guardianSituation: null,
      school: null,
      notes: null,
      category: 'sexual_abuse_victim',
      riskLevel: 'high',
      villageCode: TAIPINGPU,
      status: 'closed',
    });
    expect(purged.body.purgedAt).not.toBeNull();
    expect(purged.body.followUps.map((f: { note: string | null }) => f.note)).toEqual([null]);
    expect(purged.body.services.every((s: { note: string | null }) => s.note === null)).toBe(true);
    const all = await http().get('/api/cadre/care/records?pageSize=100').set(bearer(chair)).expect(200);
    expect(all.body.total).toBe(3);
    const row = JSON.stringify(await t.dataSource.query(`SELECT * FROM care_record WHERE id = '${victimId}'`));
    expect(row).not.toContain('v1.');
    for (const secret of ['张小花', '李小明', GUARDIAN, CASE_STORY]) expect(t.logs()).not.toContain(secret);
  });
});
