import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { jsonNestingDepth, MAX_JSON_DEPTH } from './json-depth';

const nested = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);

describe('JSON nesting depth', () => {
  it('counts arrays and objects, not brackets inside strings', () => {
    expect(jsonNestingDepth(Buffer.from('{"a":[1,{"b":2}]}'))).toBe(3);
    expect(jsonNestingDepth(Buffer.from('{"a":"[[[{{{\\"[["}'))).toBe(1);
    expect(jsonNestingDepth(Buffer.from('"text"'))).toBe(0);
  });

  describe('in a request body', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp();
    });
    afterAll(() => t.close());

    it('refuses a body nested thousands deep with 400, not a 500 from a stack overflow', async () => {
      const body = `{"category":"other","description":"x","regionCode":"431222114200","extra":${nested(3000)}}`;
      const res = await t
        .http()
        .post('/api/help-requests')
        .set('Idempotency-Key', randomUUID())
        .set('Content-Type', 'application/json')
        .send(body);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining('嵌套') });
    });

    it('still reads a body as deep as the limit', async () => {
      const res = await t
        .http()
        .post('/api/help-requests/lookup')
        .set('Content-Type', 'application/json')
        .send(`{"receiptCode":"0000000000000000","x":${nested(MAX_JSON_DEPTH - 1)}}`);
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ field: 'x', message: '不允许的字段' }]);
    });
  });
});
