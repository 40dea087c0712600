import { ERROR_CODES } from '@hulei/shared';
import { createApiClient, type ApiClientOptions } from '../src/api/client';
import { ApiError, errorFromResponse } from '../src/api/errors';
import { FakeApiServer, unusedOrigin, type Reply } from './support/fake-api-server';

const TAIPINGPU = { code: '431222114200', name: '太平铺村', level: 'village' };

let server: FakeApiServer;
let origin: string;
const waits: number[] = [];

function client(options: Partial<ApiClientOptions> = {}) {
  return createApiClient({
    baseUrl: origin,
    sleep: async (ms) => void waits.push(ms),
    ...options,
  });
}

/** Answers with `replies` in turn, then keeps answering with the last one. */
function answerInTurn(...replies: Reply[]) {
  let turn = 0;
  server.handler = () => replies[Math.min(turn++, replies.length - 1)];
}

async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('the call succeeded');
}

beforeEach(async () => {
  waits.length = 0;
  server = new FakeApiServer(() => ({ status: 200, body: [TAIPINGPU] }));
  origin = await server.start();
});
afterEach(async () => {
  jest.restoreAllMocks();
  await server.stop();
});

describe('request wrapper', () => {
  it('returns the JSON body of a successful GET built from the path template and query', async () => {
    const villages = await client().get('/api/regions/{code}/children', { path: { code: '431222114' } });
    expect(villages).toEqual([TAIPINGPU]);

    await client().get('/api/regions', { query: { q: '太平铺', under: '431222' } });
    expect(server.requests.map((r) => r.url)).toEqual([
      '/api/regions/431222114/children',
      `/api/regions?q=${encodeURIComponent('太平铺')}&under=431222`,
    ]);
  });

  it('retries a GET with growing waits while the server is busy, then returns the answer', async () => {
    answerInTurn(
      { status: 503, body: { statusCode: 503, code: 'SERVICE_UNAVAILABLE', message: '忙' } },
      { status: 502 },
      { status: 200, body: [TAIPINGPU] },
    );
    await expect(client({ backoffMs: 100 }).get('/api/regions')).resolves.toEqual([TAIPINGPU]);
    expect(server.requests).toHaveLength(3);
    expect(waits).toHaveLength(2);
    expect(waits[0]).toBeGreaterThanOrEqual(100);
    expect(waits[1]).toBeGreaterThanOrEqual(200);
    expect(waits[1]).toBeGreaterThan(waits[0]);
  });

  it('gives up after the last retry and says the server is busy', async () => {
    answerInTurn({ status: 503 });
    const error = await failureOf(client({ retries: 2 }).get('/api/regions'));
    expect(error.message).toBe('服务器正忙，请稍后再试');
    expect(error.kind).toBe('busy');
    expect(server.requests).toHaveLength(3);
  });

  it('never repeats a POST that carries no idempotency key', async () => {
    answerInTurn({ status: 503 });
    const post = client().call as (method: 'POST', path: string, options?: object) => Promise<unknown>;
    const error = await failureOf(post('POST', '/api/help-requests', { body: { category: 'other' } }));
    expect(error.message).toBe('服务器正忙，请稍后再试');
    expect(server.requests).toHaveLength(1);
  });

  it('repeats a POST marked idempotent, sending the same Idempotency-Key and body each time', async () => {
    answerInTurn({ status: 504 }, { status: 201, body: { receiptCode: '1234567890123456' } });
    const post = client().call as (method: 'POST', path: string, options?: object) => Promise<unknown>;
    const answer = await post('POST', '/api/help-requests', {
      body: { category: 'other' },
      idempotencyKey: 'b1c7e0de-1111-4222-8333-944455556666',
    });
    expect(answer).toEqual({ receiptCode: '1234567890123456' });
    expect(server.requests).toHaveLength(2);
    for (const request of server.requests) {
      expect(request.headers['idempotency-key']).toBe('b1c7e0de-1111-4222-8333-944455556666');
      expect(JSON.parse(request.body)).toEqual({ category: 'other' });
    }
  });

  it('names the rejected field in Chinese and exposes the server code, without retrying', async () => {
    answerInTurn({
      status: 400,
      body: {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: '提交的内容有误',
        errors: [{ field: 'regionCode', message: '区划代码应为 2、4、6、9 或 12 位数字' }],
      },
    });
    const error = await failureOf(client().get('/api/regions/{code}', { path: { code: 'abc' } }));
    expect(error.message).toBe('「所在地区」填写有误：区划代码应为 2、4、6、9 或 12 位数字');
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.field).toBe('regionCode');
    expect(error.status).toBe(400);
    expect(server.requests).toHaveLength(1);
  });

  it('asks the user to slow down on 429 after waiting as long as the server asked', async () => {
    answerInTurn({ status: 429, headers: { 'Retry-After': '2' }, body: { statusCode: 429, code: 'RATE_LIMITED' } });
    const error = await failureOf(client({ retries: 1 }).get('/api/regions'));
    expect(error.message).toBe('操作太频繁了，请休息一会儿再试');
    expect(error.code).toBe('RATE_LIMITED');
    expect(waits).toEqual([2000]);
    expect(server.requests).toHaveLength(2);
  });

  it('does not wait minutes for a long Retry-After: it tells the user at once', async () => {
    answerInTurn({ status: 429, headers: { 'Retry-After': '600' } });
    const error = await failureOf(client().get('/api/regions'));
    expect(error.kind).toBe('rate_limited');
    expect(server.requests).toHaveLength(1);
  });

  it('says the network is down when nothing answers, after retrying', async () => {
    // jsdom reports the refused connection on the console; the test asserts what the user reads.
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const error = await failureOf(client({ baseUrl: await unusedOrigin(), retries: 1 }).get('/api/regions'));
    expect(error.message).toBe('网络连不上，请检查网络后再试');
    expect(error.kind).toBe('offline');
    expect(error.status).toBeUndefined();
    expect(waits).toHaveLength(1);
  });

  it('takes a web page in place of an answer (a Wi-Fi login portal) for no network, not for data', async () => {
    server.handler = () => ({
      status: 200,
      body: '<html>请先登录 Wi-Fi</html>',
      raw: true,
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
    });
    const error = await failureOf(client({ retries: 0 }).get('/api/regions'));
    expect(error.message).toBe('网络连不上，请检查网络后再试');
  });

  it('gives up on a silent server after the timeout and says the network is slow', async () => {
    answerInTurn('hang');
    const error = await failureOf(client({ timeoutMs: 300, retries: 0 }).get('/api/regions'));
    expect(error.message).toBe('网络太慢，等了很久没有回应，请稍后再试');
    expect(error.kind).toBe('timeout');
  });

  it('sends the cadre bearer token only when one is set, and only where the session sends it', async () => {
    const state: { token?: string } = {};
    const api = client({
      session: () => ({
        sendsTokenTo: (path) => path.startsWith('/api/identity/'),
        accessToken: () => state.token,
        renew: async () => false,
        end: () => undefined,
      }),
    });
    await api.get('/api/identity/me');
    state.token = 'cadre-token';
    await api.get('/api/identity/me');
    await api.get('/api/regions');
    expect(server.requests[0].headers.authorization).toBeUndefined();
    expect(server.requests[1].headers.authorization).toBe('Bearer cadre-token');
    expect(server.requests[2].headers.authorization).toBeUndefined();
  });

  it("shows the server's own Chinese sentence, keeping the server code", async () => {
    answerInTurn({ status: 404, body: { statusCode: 404, code: 'NOT_FOUND', message: '没有这个区划' } });
    const error = await failureOf(client().get('/api/regions/{code}', { path: { code: '999999' } }));
    expect(error.message).toBe('没有这个区划');
    expect(error.code).toBe('NOT_FOUND');
  });

  it('says what was not found in its own words when the server gives no Chinese sentence', async () => {
    answerInTurn({ status: 404, body: { statusCode: 404, code: 'NOT_FOUND', message: 'Not Found' } });
    const error = await failureOf(client().get('/api/regions/{code}', { path: { code: '999999' } }));
    expect(error.message).toBe('没有找到相关内容');
  });

  it("shows the server's lockout sentence on 429 without waiting minutes", async () => {
    answerInTurn({
      status: 429,
      headers: { 'Retry-After': '300' },
      body: { statusCode: 429, code: 'RATE_LIMITED', message: '登录失败次数过多，请 5 分钟后再试' },
    });
    const error = await failureOf(client().get('/api/regions'));
    expect(error.message).toBe('登录失败次数过多，请 5 分钟后再试');
    expect(waits).toEqual([]);
  });
});

describe('error messages', () => {
  it('has a short Chinese sentence for every server error code', () => {
    for (const code of ERROR_CODES) {
      const { message } = errorFromResponse(code === 'RATE_LIMITED' ? 429 : 400, {
        statusCode: 400,
        code,
        message: 'x',
      });
      expect(message).toMatch(/[\u4e00-\u9fa5]/);
      expect(message.length).toBeLessThanOrEqual(30);
    }
  });

  it('falls back to the server sentence when a field has no Chinese name yet', () => {
    const error = errorFromResponse(400, {
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: '提交的内容有误',
      errors: [{ field: 'somethingNew', message: '太长了' }],
    });
    expect(error.message).toBe('填写有误：太长了');
  });
});
