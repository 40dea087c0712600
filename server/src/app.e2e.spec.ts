import type { Server } from 'node:http';
import { startTestApp, type TestApp } from './testing/test-app';

describe('the HTTP surface every route shares', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ regionRoot: '431222114' });
  });
  afterAll(() => t.close());

  it('reports health when the database answers', async () => {
    const res = await t.http().get('/api/health').expect(200);
    expect(res.body).toMatchObject({ status: 'ok', mode: 'demo' });
    expect(['sqlite', 'mariadb', 'mysql']).toContain(res.body.database);
  });

  it('keeps idle connections open longer than a load balancer does, so it never reuses one being closed', () => {
    const server = t.app.getHttpServer() as Server;
    expect(server.keepAliveTimeout).toBeGreaterThan(60_000);
    expect(server.headersTimeout).toBeGreaterThan(server.keepAliveTimeout);
  });

  it('answers an unknown route with the error body', async () => {
    const res = await t.http().get('/api/nothing-here').expect(404);
    expect(res.body).toEqual({ statusCode: 404, code: 'NOT_FOUND', message: '没有这个地址' });
  });

  it('answers malformed JSON with 400 and an oversized body with 413', async () => {
    const malformed = await t
      .http()
      .post('/api/regions')
      .set('Content-Type', 'application/json')
      .send('{"a":')
      .expect(400);
    expect(malformed.body).toMatchObject({ code: 'VALIDATION_FAILED', message: '提交的内容不是有效的 JSON' });
    const huge = JSON.stringify({ description: 'x'.repeat(70 * 1024) });
    const tooLarge = await t.http().post('/api/regions').set('Content-Type', 'application/json').send(huge).expect(413);
    expect(tooLarge.body).toMatchObject({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE' });
  });

  it('sends security headers and keeps API answers out of caches', async () => {
    const res = await t.http().get('/api/health').expect(200);
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs method, path and status but never bodies, query strings, addresses or user agents', async () => {
    await t
      .http()
      .post('/api/regions?secretQuery=孩子的名字')
      .set('User-Agent', 'GrandmasPhone/1.0')
      .set('X-Forwarded-For', '203.0.113.77')
      .send({ description: '他晚上来我房间' })
      .expect(404);
    await t.http().get('/api/regions/431222114/children').expect(200);
    const logs = t.logs();
    expect(logs).toContain('"path":"/api/regions/431222114/children"');
    expect(logs).toContain('"status":404');
    for (const secret of [
      '他晚上来我房间',
      '孩子的名字',
      'secretQuery',
      'GrandmasPhone',
      '203.0.113.77',
      '127.0.0.1',
      'user-agent',
    ]) {
      expect(logs).not.toContain(secret);
    }
  });

  it('serves the OpenAPI document', async () => {
    const res = await t.http().get('/api/docs-json').expect(200);
    expect(res.body.paths['/api/regions/{code}/children']).toBeDefined();
  });

  it('explains that the H5 app is not built instead of failing obscurely', async () => {
    const res = await t.http().get('/').expect(503);
    expect(res.text).toContain('npm run build:h5');
  });
});
