import Taro from '@tarojs/taro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { api } from '../src/api';
import {
  cadreSession,
  endSession,
  logout,
  sendsTokenTo,
  startSession,
  type LoginResult,
} from '../src/packages/cadre/session';
import { ROUTES } from '../src/routes';
import { FakeApiServer, type RecordedRequest, type Reply } from './support/fake-api-server';

const CHAIR = { id: 'a1', name: '李春兰', role: 'federation_village' as const, regionCode: '431222114200' };
const ME = { ...CHAIR, phone: '138****0001', regionName: '太平铺村', status: 'active', totpEnrolled: false };

function loginResult(n: number): LoginResult {
  return {
    accessToken: `access-${n}`,
    refreshToken: `refresh-${n}`,
    expiresIn: 900,
    totpEnrolmentRequired: false,
    user: CHAIR,
  };
}

const unauthenticated = (message = '登录已失效，请重新登录'): Reply => ({
  status: 401,
  body: { statusCode: 401, code: 'UNAUTHENTICATED', message },
});

let server: FakeApiServer;
/** Which access token the fake server accepts right now, and how refresh answers. */
let validToken: string;
let refreshAnswer: (request: RecordedRequest) => Reply;
let reLaunch: jest.SpyInstance;

beforeEach(async () => {
  localStorage.clear();
  validToken = 'access-1';
  let issued = 1;
  refreshAnswer = () => {
    issued++;
    validToken = `access-${issued}`;
    return { status: 200, body: loginResult(issued) };
  };
  server = new FakeApiServer((request) => {
    if (request.url === '/api/auth/refresh') return refreshAnswer(request);
    if (request.url === '/api/auth/logout') return { status: 204 };
    if (request.headers.authorization !== `Bearer ${validToken}`) return unauthenticated();
    return { status: 200, body: ME };
  });
  globalThis.HULEI_API_BASE = await server.start();
  reLaunch = jest.spyOn(Taro, 'reLaunch').mockResolvedValue({ errMsg: 'reLaunch:ok' });
  startSession(loginResult(1));
});

afterEach(async () => {
  jest.restoreAllMocks();
  endSession();
  await server.stop();
  globalThis.HULEI_API_BASE = '';
});

const authHeaders = () => server.requests.map((r) => `${r.url} ${r.headers.authorization ?? '-'}`);

describe('cadre session in the request wrapper', () => {
  it('renews an expired access token once with the refresh token and repeats the call', async () => {
    validToken = 'something-newer'; // the server no longer takes access-1
    refreshAnswer = () => {
      validToken = 'access-2';
      return { status: 200, body: loginResult(2) };
    };

    await expect(api.get('/api/identity/me')).resolves.toMatchObject({ regionName: '太平铺村' });

    expect(authHeaders()).toEqual([
      '/api/identity/me Bearer access-1',
      '/api/auth/refresh -',
      '/api/identity/me Bearer access-2',
    ]);
    expect(JSON.parse(server.requests[1].body)).toEqual({ refreshToken: 'refresh-1' });
    // The rotated refresh token replaces the old one, and nothing on the phone shows it in plain text.
    expect(cadreSession()?.refreshToken).toBe('refresh-2');
    expect(JSON.stringify({ ...localStorage })).not.toContain('refresh-2');
    expect(reLaunch).not.toHaveBeenCalled();
  });

  it('sends the cadre back to login with "登录已失效" when the refresh is refused, and wipes the tokens', async () => {
    validToken = 'something-newer';
    refreshAnswer = () => unauthenticated('超过 30 分钟没有操作，请重新登录');

    await expect(api.get('/api/identity/me')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });

    expect(cadreSession()).toBeUndefined();
    expect(Object.keys(localStorage).filter((key) => key.includes('cadre'))).toEqual([]);
    expect(reLaunch).toHaveBeenCalledWith({ url: `${ROUTES.cadreLogin}?expired=1` });
  });

  it('gives up after one renewal: a second 401 also ends the session', async () => {
    validToken = 'never-accepted';
    refreshAnswer = () => ({ status: 200, body: loginResult(2) });

    await expect(api.get('/api/identity/me')).rejects.toMatchObject({ status: 401 });

    expect(authHeaders()).toEqual([
      '/api/identity/me Bearer access-1',
      '/api/auth/refresh -',
      '/api/identity/me Bearer access-2',
    ]);
    expect(cadreSession()).toBeUndefined();
    expect(reLaunch).toHaveBeenCalledTimes(1);
  });

  it('renews once for calls refused at the same time', async () => {
    validToken = 'something-newer';
    refreshAnswer = () => {
      validToken = 'access-2';
      return { status: 200, body: loginResult(2) };
    };

    await Promise.all([api.get('/api/identity/me'), api.get('/api/identity/me'), api.get('/api/identity/me')]);

    expect(server.requests.filter((r) => r.url === '/api/auth/refresh')).toHaveLength(1);
  });

  it('keeps the session when the refresh cannot reach the server (offline is not logged out)', async () => {
    validToken = 'something-newer';
    refreshAnswer = () => ({ status: 503, body: { statusCode: 503, code: 'SERVICE_UNAVAILABLE', message: '忙' } });

    await expect(api.get('/api/identity/me')).rejects.toMatchObject({ kind: 'busy' });

    expect(cadreSession()?.refreshToken).toBe('refresh-1');
    expect(reLaunch).not.toHaveBeenCalled();
  });

  it("sends the token to exactly the routes the server's contract protects", () => {
    const contract = JSON.parse(readFileSync(join(__dirname, '../../server/openapi.json'), 'utf8')) as {
      paths: Record<string, Record<string, { security?: unknown[] }>>;
    };
    const wrong: string[] = [];
    for (const [path, operations] of Object.entries(contract.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const protectedRoute = Boolean(operation.security?.length);
        if (protectedRoute !== sendsTokenTo(path)) wrong.push(`${method.toUpperCase()} ${path}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(sendsTokenTo('/api/help-requests')).toBe(false);
    expect(sendsTokenTo('/api/help-requests/lookup')).toBe(false);
  });

  it('never sends the token to anonymous routes such as a help request or the regions', async () => {
    server.handler = () => ({ status: 200, body: [] });
    await api.get('/api/regions');
    expect(authHeaders()).toEqual(['/api/regions -']);
  });

  it('logs out at the server, wipes the tokens and opens the login page', async () => {
    await logout();
    expect(authHeaders()).toEqual(['/api/auth/logout Bearer access-1']);
    expect(cadreSession()).toBeUndefined();
    expect(reLaunch).toHaveBeenCalledWith({ url: ROUTES.cadreLogin });
  });
});

describe('the session across subpackages', () => {
  it('is one session even when the WeChat build gives each subpackage its own copy of the module', () => {
    // Two isolated copies of the module, as Taro makes for cadre, screening and care.
    let copyA!: typeof import('../src/packages/cadre/session');
    let copyB!: typeof import('../src/packages/cadre/session');
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh copy needs a synchronous load
      copyA = require('../src/packages/cadre/session');
    });
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh copy needs a synchronous load
      copyB = require('../src/packages/cadre/session');
    });
    copyA.startSession(loginResult(7));
    expect(copyB.cadreSession()?.accessToken).toBe('access-7');
    copyB.startSession(loginResult(8));
    expect(copyA.cadreSession()?.refreshToken).toBe('refresh-8');
    copyA.endSession();
    expect(copyB.cadreSession()).toBeUndefined();
  });
});
