import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '../testing/test-app';
import { divisionDataDir } from './region-import';
import { RegionsService } from './regions.service';

describe('regions API', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ regionRoot: '4312' });
  });
  afterAll(() => t.close());

  it('lists the 35 villages of 官庄镇, 太平铺村 among them, with people-facing names', async () => {
    const res = await t.http().get('/api/regions/431222114/children').expect(200);
    expect(res.body).toHaveLength(35);
    expect(res.body).toContainEqual({ code: '431222114200', name: '太平铺村', level: 'village' });
    expect(res.body).toContainEqual({ code: '431222114248', name: '上街社区', level: 'village' });
    expect(res.body.map((r: { code: string }) => r.code)).toEqual(
      [...res.body.map((r: { code: string }) => r.code)].sort(),
    );
  });

  it('answers one region with its parent and its official name kept', async () => {
    const res = await t.http().get('/api/regions/431222114200').expect(200);
    expect(res.body).toEqual({
      code: '431222114200',
      name: '太平铺村',
      officialName: '太平铺村村委会',
      level: 'village',
      parentCode: '431222114',
    });
    const county = await t.http().get('/api/regions/431222').expect(200);
    expect(county.body).toMatchObject({ name: '沅陵县', level: 'county', parentCode: '4312' });
  });

  it('imports the ancestors of the subtree so the path up to the province resolves', async () => {
    const provinces = await t.http().get('/api/regions').expect(200);
    expect(provinces.body).toEqual([{ code: '43', name: '湖南省', level: 'province', path: '' }]);
    const cities = await t.http().get('/api/regions/43/children').expect(200);
    expect(cities.body).toEqual([{ code: '4312', name: '怀化市', level: 'city' }]);
    const counties = await t.http().get('/api/regions/4312/children').expect(200);
    expect(counties.body).toHaveLength(13);
  });

  it('finds regions by name within a subtree, each with its path', async () => {
    const res = await t.http().get('/api/regions').query({ q: '官庄', under: '431222' }).expect(200);
    expect(res.body).toEqual([
      { code: '431222114', name: '官庄镇', level: 'town', path: '湖南省 怀化市 沅陵县' },
      { code: '431222114255', name: '官庄村', level: 'village', path: '湖南省 怀化市 沅陵县 官庄镇' },
    ]);
    const elsewhere = await t.http().get('/api/regions').query({ q: '官庄', under: '431221' }).expect(200);
    expect(elsewhere.body.every((r: { code: string }) => r.code.startsWith('431221'))).toBe(true);
    const byCode = await t.http().get('/api/regions').query({ q: '431222114200' }).expect(200);
    expect(byCode.body).toEqual([
      { code: '431222114200', name: '太平铺村', level: 'village', path: '湖南省 怀化市 沅陵县 官庄镇' },
    ]);
  });

  it('treats % and _ in a search as plain text', async () => {
    const res = await t.http().get('/api/regions').query({ q: '%', under: '4312' }).expect(200);
    expect(res.body).toEqual([]);
  });

  it('answers an unknown code with 404 and the error body', async () => {
    const res = await t.http().get('/api/regions/431222999999').expect(404);
    expect(res.body).toEqual({ statusCode: 404, code: 'NOT_FOUND', message: '没有这个区划' });
    expect(res.headers['cache-control']).toBe('no-store');
    await t.http().get('/api/regions/431222999/children').expect(404);
    await t.http().get('/api/regions').query({ q: '官庄', under: '439999' }).expect(404);
  });

  it('rejects a malformed code with 400 naming the field', async () => {
    for (const bad of ['12345', '4312221142001', 'abc', '43122211420x']) {
      const res = await t.http().get(`/api/regions/${bad}`).expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
      expect(res.body.errors).toEqual([{ field: 'code', message: '区划代码应为 2、4、6、9 或 12 位数字' }]);
    }
    const under = await t.http().get('/api/regions').query({ q: '官庄', under: '4312x' }).expect(400);
    expect(under.body.errors[0].field).toBe('under');
  });

  it('rejects a query field it does not declare', async () => {
    const res = await t.http().get('/api/regions').query({ q: '官庄', sort: 'name' }).expect(400);
    expect(res.body.errors).toEqual([{ field: 'sort', message: '不允许的字段' }]);
  });

  it('lets phones cache division answers for an hour', async () => {
    const res = await t.http().get('/api/regions/431222114/children').expect(200);
    expect(res.headers['cache-control']).toBe('public, max-age=3600');
  });

  it('re-imports an unchanged tree without change, and takes renamed villages from newer files', async () => {
    const service = t.app.get(RegionsService);
    const again = await service.importDivisions({ root: '431222114' });
    expect(again.counts).toEqual({ province: 1, city: 1, county: 1, town: 1, village: 35 });
    const children = await t.http().get('/api/regions/431222114/children').expect(200);
    expect(children.body).toHaveLength(35);

    // A newer edition of the files renames one village.
    const newer = mkdtempSync(join(tmpdir(), 'hulei-divisions-'));
    for (const file of ['provinces.csv', 'cities.csv', 'areas.csv', 'streets.csv', 'villages.csv']) {
      let text = readFileSync(join(divisionDataDir(), file), 'utf8');
      if (file === 'villages.csv')
        text = text.replace('431222114200,"太平铺村村委会"', '431222114200,"太平新村村委会"');
      writeFileSync(join(newer, file), text);
    }
    await service.importDivisions({ root: '431222114200', dataDir: newer });
    const renamed = await t.http().get('/api/regions/431222114200').expect(200);
    expect(renamed.body).toMatchObject({ name: '太平新村', officialName: '太平新村村委会' });
    const town = await t.http().get('/api/regions/431222114/children').expect(200);
    expect(town.body).toHaveLength(35);
  });
});
