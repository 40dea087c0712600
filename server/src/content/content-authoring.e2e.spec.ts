import { AuditService } from '../audit/audit.service';
import { AccountsService } from '../identity/accounts.service';
import { startTestApp, type TestApp } from '../testing/test-app';
import { ContentService } from './content.service';

describe('lesson authoring and review (county level and above)', () => {
  let t: TestApp;
  let county: string; // 沅陵县妇联, 13800000004
  let colleague: string; // a second account of 沅陵县妇联
  let city: string; // 怀化市妇联
  let neighbour: string; // 辰溪县妇联: another county

  const draft = {
    kind: 'article',
    audience: 'parent',
    title: '赶集日：和孩子聊聊身体的秘密',
    summary: '县妇联写给家长的一堂课。',
    bodyHtml: '<p onclick="x()">背心和短裤遮住的地方，别人不能看、不能摸。</p><script>steal()</script>',
  };

  beforeAll(async () => {
    t = await startTestApp({ regionRoot: '4312', demoAccounts: true });
    await t.app.get(ContentService).seedStarter();
    const accounts = t.app.get(AccountsService);
    await accounts.ensureAccount({
      phone: '13700000401',
      name: '沅陵县妇联（审核）',
      role: 'federation_county',
      regionCode: '431222',
      password: 'Colleague2026',
    });
    await accounts.ensureAccount({
      phone: '13700000402',
      name: '辰溪县妇联',
      role: 'federation_county',
      regionCode: '431223',
      password: 'Neighbour2026',
    });
    county = await t.login('13800000004');
    city = await t.login('13800000005');
    colleague = await t.login('13700000401', 'Colleague2026');
    neighbour = await t.login('13700000402', 'Neighbour2026');
  });
  afterAll(() => t.close());

  const as = (token: string) => ({
    get: (path: string) => t.http().get(path).set('Authorization', `Bearer ${token}`),
    post: (path: string, body: object = {}) => t.http().post(path).set('Authorization', `Bearer ${token}`).send(body),
    put: (path: string, body: object) => t.http().put(path).set('Authorization', `Bearer ${token}`).send(body),
  });

  async function publicTitles(regionCode: string): Promise<string[]> {
    const res = await t.http().get('/api/content').query({ audience: 'parent', regionCode, pageSize: 100 }).expect(200);
    return res.body.items.map((i: { title: string }) => i.title);
  }

  it('writes a draft, has a colleague approve it, and a village of the county sees it', async () => {
    const created = await as(county).post('/api/cadre/content', draft).expect(201);
    expect(created.body).toMatchObject({
      status: 'draft',
      ownerRegionCode: '431222',
      title: draft.title,
      bodyHtml: '<p>背心和短裤遮住的地方，别人不能看、不能摸。</p>',
      publishedAt: null,
    });
    const id = created.body.id as string;
    await t.http().get(`/api/content/${id}`).expect(404);

    const edited = await as(county)
      .put(`/api/cadre/content/${id}`, { ...draft, title: '赶集日：和孩子聊聊身体' })
      .expect(200);
    expect(edited.body).toMatchObject({ status: 'draft', title: '赶集日：和孩子聊聊身体' });

    await as(county).post(`/api/cadre/content/${id}/submission`).expect(200);
    // Not yet public, and not editable while in review.
    expect(await publicTitles('431222114200')).not.toContain('赶集日：和孩子聊聊身体');
    const locked = await as(county).put(`/api/cadre/content/${id}`, draft).expect(409);
    expect(locked.body.message).toBe('审核中的内容不能修改：请等审核结果，或请审核人退回');

    const own = await as(county).post(`/api/cadre/content/${id}/approval`).expect(403);
    expect(own.body).toMatchObject({ code: 'FORBIDDEN', message: '不能审核自己写的内容，请另一位同事审核' });
    const stillInReview = await as(county).get(`/api/cadre/content/${id}`).expect(200);
    expect(stillInReview.body.status).toBe('in_review');

    const approved = await as(colleague).post(`/api/cadre/content/${id}/approval`).expect(200);
    expect(approved.body).toMatchObject({ status: 'published', reviewComment: null });
    expect(Date.parse(approved.body.publishedAt)).not.toBeNaN();

    expect(await publicTitles('431222114200')).toContain('赶集日：和孩子聊聊身体');
    expect(await publicTitles('431223100201')).not.toContain('赶集日：和孩子聊聊身体');
    const lesson = await t.http().get(`/api/content/${id}`).expect(200);
    expect(lesson.body.bodyHtml).toBe('<p>背心和短裤遮住的地方，别人不能看、不能摸。</p>');

    const trail = await t.app.get(AuditService).eventsAbout('content_item', id);
    expect(trail.map((e) => `${e.action}:${e.outcome}`)).toEqual([
      'content_created:ok',
      'content_updated:ok',
      'content_submitted:ok',
      'content_approved:denied',
      'content_approved:ok',
    ]);
  });

  it('lets the city above review a county item, returns it with a comment, and withdraws a published one', async () => {
    const { body } = await as(county)
      .post('/api/cadre/content', { ...draft, title: '需要修改的课' })
      .expect(201);
    await as(county).post(`/api/cadre/content/${body.id}/submission`).expect(200);
    const empty = await as(city).post(`/api/cadre/content/${body.id}/return`, { comment: '' }).expect(400);
    expect(empty.body.errors[0]).toEqual({ field: 'comment', message: '请写明需要修改的地方' });

    const returned = await as(city)
      .post(`/api/cadre/content/${body.id}/return`, { comment: '请写得更口语一些' })
      .expect(200);
    expect(returned.body).toMatchObject({ status: 'draft', reviewComment: '请写得更口语一些' });

    await as(county).post(`/api/cadre/content/${body.id}/submission`).expect(200);
    await as(city).post(`/api/cadre/content/${body.id}/approval`).expect(200);
    expect(await publicTitles('431222114200')).toContain('需要修改的课');

    const withdrawn = await as(county).post(`/api/cadre/content/${body.id}/withdrawal`).expect(200);
    expect(withdrawn.body.status).toBe('withdrawn');
    const gone = await t.http().get(`/api/content/${body.id}`).expect(404);
    expect(gone.body.message).toBe('没有找到这篇内容，它可能已经下架');
    expect(await publicTitles('431222114200')).not.toContain('需要修改的课');
    const again = await as(county).post(`/api/cadre/content/${body.id}/withdrawal`).expect(409);
    expect(again.body.message).toBe('已下架的内容不能下架');

    // A withdrawn lesson can be corrected: it becomes a draft again and must be reviewed anew.
    const corrected = await as(county)
      .put(`/api/cadre/content/${body.id}`, { ...draft, title: '改好的课' })
      .expect(200);
    expect(corrected.body.status).toBe('draft');
    await as(colleague).post(`/api/cadre/content/${body.id}/approval`).expect(409);
  });

  it('lists the items of the jurisdiction by status, and hides another county’s (404, and absent)', async () => {
    const { body } = await as(neighbour)
      .post('/api/cadre/content', { ...draft, title: '辰溪县的草稿' })
      .expect(201);
    expect(body.ownerRegionCode).toBe('431223');
    const mine = await as(county).get('/api/cadre/content?status=draft&pageSize=100').expect(200);
    expect(mine.body.items.map((i: { title: string }) => i.title)).not.toContain('辰溪县的草稿');
    expect(mine.body.items.every((i: { status: string }) => i.status === 'draft')).toBe(true);
    await as(county).get(`/api/cadre/content/${body.id}`).expect(404);
    await as(county).post(`/api/cadre/content/${body.id}/submission`).expect(404);
    const cityView = await as(city).get('/api/cadre/content?pageSize=100').expect(200);
    expect(cityView.body.items.map((i: { title: string }) => i.title)).toContain('辰溪县的草稿');
  });

  it('refuses national starter lessons, owners outside the jurisdiction or below county level, and bad input', async () => {
    const national = await t.http().get('/api/content').query({ audience: 'parent' }).expect(200);
    const starterId = national.body.items[0].id as string;
    await as(county).post(`/api/cadre/content/${starterId}/withdrawal`).expect(404);
    await t.http().get(`/api/content/${starterId}`).expect(200);
    await as(county)
      .post('/api/cadre/content', { ...draft, ownerRegionCode: '431223' })
      .expect(404);
    const town = await as(city)
      .post('/api/cadre/content', { ...draft, ownerRegionCode: '431222114' })
      .expect(400);
    expect(town.body.errors[0]).toEqual({ field: 'ownerRegionCode', message: '本地内容只能属于县、市或省' });
    const empty = await as(county)
      .post('/api/cadre/content', { ...draft, bodyHtml: '<script>x()</script>' })
      .expect(400);
    expect(empty.body.errors[0]).toEqual({ field: 'bodyHtml', message: '正文不能为空' });
    const video = await as(county)
      .post('/api/cadre/content', { ...draft, kind: 'video' })
      .expect(400);
    expect(video.body.errors[0]).toEqual({ field: 'videoUrl', message: '视频需要视频地址' });
    await as(county)
      .post('/api/cadre/content', { ...draft, audience: 'adult' })
      .expect(400);
    await as(county).get('/api/cadre/content/not-a-uuid').expect(400);
  });

  it('is closed to town and village federations', async () => {
    const town = await t.login('13800000003');
    const res = await as(town).get('/api/cadre/content').expect(403);
    expect(res.body.code).toBe('FORBIDDEN');
    await t.http().get('/api/cadre/content').expect(401);
  });
});
