import Taro from '@tarojs/taro';
import { cleanup } from '@testing-library/react';
import type { ApiSchemas, Role } from '@hulei/shared';
import { endSession, startSession } from '../../src/packages/cadre/session';
import type { FakeApiServer, RecordedRequest, Reply } from './fake-api-server';

// Demo cadres of CONTRACT.md, and the answers of the identity routes, for page tests.

export const CHAIR = { id: 'a1', name: '李春兰', role: 'federation_village' as Role, regionCode: '431222114200' };
export const TOWN = { id: 'a3', name: '官庄镇妇联', role: 'federation_town' as Role, regionCode: '431222114' };

export function loginResult(
  user = CHAIR,
  extra: Partial<ApiSchemas['LoginResultDto']> = {},
): ApiSchemas['LoginResultDto'] {
  return {
    accessToken: `access-${user.id}`,
    refreshToken: `refresh-${user.id}`,
    expiresIn: 900,
    totpEnrolmentRequired: false,
    user,
    ...extra,
  };
}

export function accountOf(user = CHAIR, extra: Partial<ApiSchemas['AccountDto']> = {}): ApiSchemas['AccountDto'] {
  const names: Record<string, string> = { '431222114200': '太平铺村', '431222114': '官庄镇' };
  return {
    id: user.id,
    name: user.name,
    phone: '138****0001',
    role: user.role,
    regionCode: user.regionCode,
    regionName: names[user.regionCode] ?? user.regionCode,
    status: 'active',
    totpEnrolled: false,
    wechatBound: false,
    createdAt: '2026-11-01T00:00:00.000Z',
    ...extra,
  };
}

export const error = (status: number, code: string, message: string): Exclude<Reply, 'hang'> => ({
  status,
  body: { statusCode: status, code, message },
});

export const bodyOf = (request: RecordedRequest) => JSON.parse(request.body || 'null') as Record<string, unknown>;

/** Sign a cadre in as the login page would. */
export function signIn(user = CHAIR): void {
  startSession(loginResult(user));
}

/** Query parameters of the page under test, as Taro's router would give them. */
export function openWith(params: Record<string, string>): void {
  Object.assign(Taro.getCurrentInstance(), { router: { params, path: '' } });
}

export function resetCadre(): void {
  endSession();
  Object.assign(Taro.getCurrentInstance(), { router: null });
  process.env.TARO_ENV = 'h5';
}

/** After a workbench page test: unmount, undo spies, forget the session, stop the fake API. */
export async function tearDownCadrePage(server: FakeApiServer): Promise<void> {
  cleanup();
  jest.restoreAllMocks();
  resetCadre();
  await server.settle();
  await server.stop();
  globalThis.HULEI_API_BASE = '';
}

/** Navigations the page asked for, as URLs. */
export function watchNavigation() {
  const calls: string[] = [];
  for (const name of ['redirectTo', 'navigateTo', 'reLaunch'] as const) {
    jest.spyOn(Taro, name).mockImplementation(async (options: { url: string }) => {
      calls.push(options.url);
      return { errMsg: `${name}:ok` };
    });
  }
  return calls;
}
