import Taro from '@tarojs/taro';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import LoginPage from '../src/packages/cadre/login/index';
import RedeemPage from '../src/packages/cadre/redeem/index';
import { backToLogin, cadreSession } from '../src/packages/cadre/session';
import { ROUTES } from '../src/routes';
import { CHAIR, accountOf, bodyOf, error, loginResult, openWith, resetCadre, watchNavigation } from './support/cadre';
import { FakeApiServer, type Handler } from './support/fake-api-server';

let server: FakeApiServer;
let navigations: string[];

async function serve(handler: Handler) {
  server.handler = handler;
}

beforeEach(async () => {
  localStorage.clear();
  server = new FakeApiServer(() => ({ status: 404 }));
  globalThis.HULEI_API_BASE = await server.start();
  navigations = watchNavigation();
});

afterEach(async () => {
  cleanup();
  jest.restoreAllMocks();
  resetCadre();
  await server.stop();
  globalThis.HULEI_API_BASE = '';
});

const type = (placeholder: string, value: string) =>
  fireEvent.input(screen.getByPlaceholderText(placeholder), { target: { value } });
const tap = async (name: string | RegExp) => fireEvent.click(await screen.findByRole('button', { name }));
const login = () => tap(/^登录$/);

describe('cadre login in the browser', () => {
  it('asks for the 6-digit code when the server wants it, then opens the workbench', async () => {
    await serve((request) => {
      const body = bodyOf(request);
      if (request.url !== '/api/auth/login') return { status: 404 };
      if (!body.totp) return error(401, 'TOTP_REQUIRED', '请输入身份验证器上的 6 位动态码');
      return body.totp === '123456'
        ? { status: 200, body: loginResult() }
        : error(401, 'TOTP_REQUIRED', '动态码不正确');
    });
    render(<LoginPage />);
    expect(screen.queryByPlaceholderText('身份验证器上的 6 位数字')).toBeNull();

    type('手机号', '13800000004');
    type('密码', 'Hulei@2026');
    await login();
    expect(await screen.findByText('请输入身份验证器上的 6 位动态码')).toBeTruthy();

    type('身份验证器上的 6 位数字', '123456');
    await login();
    await waitFor(() => expect(navigations).toEqual([ROUTES.cadre]));

    expect(server.requests.map(bodyOf)).toEqual([
      { phone: '13800000004', password: 'Hulei@2026' },
      { phone: '13800000004', password: 'Hulei@2026', totp: '123456' },
    ]);
    expect(cadreSession()?.user.name).toBe(CHAIR.name);
  });

  it("shows the server's sentence when the account is locked", async () => {
    await serve(() => ({
      ...error(429, 'RATE_LIMITED', '登录失败次数过多，请 5 分钟后再试'),
      headers: { 'Retry-After': '300' },
    }));
    render(<LoginPage />);
    type('手机号', '13800000001');
    type('密码', 'wrong-1');
    await login();
    expect(await screen.findByText('登录失败次数过多，请 5 分钟后再试')).toBeTruthy();
    expect(navigations).toEqual([]);
  });

  it('checks the phone number before asking the server', async () => {
    render(<LoginPage />);
    type('手机号', '1380000');
    type('密码', 'Hulei@2026');
    await login();
    expect(await screen.findByText('请输入 11 位手机号')).toBeTruthy();
    expect(server.requests).toEqual([]);
  });

  it('goes to TOTP enrolment, and nowhere else, when the server requires it', async () => {
    await serve(() => ({ status: 200, body: loginResult(CHAIR, { totpEnrolmentRequired: true }) }));
    render(<LoginPage />);
    type('手机号', '13800000004');
    type('密码', 'Hulei@2026');
    await login();
    await waitFor(() => expect(navigations).toEqual([ROUTES.cadreTotp]));
  });

  it('says "登录已失效，请重新登录" after the server ended the session', async () => {
    backToLogin('登录已失效，请重新登录');
    expect(navigations).toEqual([`${ROUTES.cadreLogin}?expired=1`]);
    openWith({ expired: '1' });
    render(<LoginPage />);
    expect(screen.getByText('登录已失效，请重新登录')).toBeTruthy();
  });
});

describe('cadre login inside WeChat', () => {
  beforeEach(() => {
    process.env.TARO_ENV = 'weapp';
    let n = 0;
    Object.assign(Taro, { login: jest.fn(async () => ({ code: `wx-code-${++n}`, errMsg: 'login:ok' })) });
  });

  const tapText = async (text: string) => fireEvent.click(await screen.findByText(text));

  it('logs in with this WeChat and the password', async () => {
    await serve(() => ({ status: 200, body: loginResult() }));
    render(<LoginPage />);
    expect(screen.getByText('用这个微信登录：请输入你的护蕾密码。')).toBeTruthy();
    type('密码', 'Hulei@2026');
    await tapText('登录');
    await waitFor(() => expect(navigations).toEqual([ROUTES.cadre]));
    expect(server.requests.map((r) => [r.url, bodyOf(r)])).toEqual([
      ['/api/auth/wechat-login', { code: 'wx-code-1', password: 'Hulei@2026' }],
    ]);
  });

  it('after a login by phone, offers to bind this WeChat with a fresh code', async () => {
    await serve((request) => {
      if (request.url === '/api/auth/login') return { status: 200, body: loginResult() };
      if (request.url === '/api/identity/me') return { status: 200, body: accountOf() };
      if (request.url === '/api/identity/me/wechat')
        return { status: 200, body: accountOf(CHAIR, { wechatBound: true }) };
      return { status: 404 };
    });
    render(<LoginPage />);
    await tapText('用手机号登录');
    type('手机号', '13800000001');
    type('密码', 'Hulei@2026');
    await tapText('登录');
    expect(await screen.findByText('绑定这个微信？')).toBeTruthy();

    await tapText('绑定本机微信');
    await waitFor(() => expect(navigations).toEqual([ROUTES.cadre]));
    const bind = server.requests.find((r) => r.url === '/api/identity/me/wechat');
    expect(bind && bodyOf(bind)).toEqual({ code: 'wx-code-1' });
    expect(bind?.headers.authorization).toBe(`Bearer access-${CHAIR.id}`);
  });
});

describe('invitation redemption', () => {
  it('states the password rule and checks it, and the confirmation, before sending', async () => {
    render(<RedeemPage />);
    expect(screen.getByText('密码至少 8 位，要同时有字母和数字。')).toBeTruthy();
    type('8 位字母或数字', 'k7m2qx9p');
    type('新密码', 'onlyletters');
    await tap('激活并登录');
    expect(await screen.findByText('新密码需至少 8 位，要同时有字母和数字')).toBeTruthy();
    type('新密码', 'Spring2026');
    await tap('激活并登录');
    expect(await screen.findByText('两次输入的新密码不一样')).toBeTruthy();
    expect(server.requests).toEqual([]);
  });

  it('activates the account and logs her in', async () => {
    await serve(() => ({ status: 200, body: loginResult() }));
    render(<RedeemPage />);
    type('8 位字母或数字', 'k7m2 qx9p');
    type('新密码', 'Spring2026');
    type('再输一次新密码', 'Spring2026');
    await tap('激活并登录');
    await waitFor(() => expect(navigations).toEqual([ROUTES.cadre]));
    expect(server.requests.map((r) => [r.url, bodyOf(r)])).toEqual([
      ['/api/auth/invitations/redeem', { code: 'K7M2QX9P', password: 'Spring2026' }],
    ]);
    expect(cadreSession()?.user.regionCode).toBe(CHAIR.regionCode);
  });

  it("shows the server's sentence for a code already used", async () => {
    await serve(() => error(409, 'CONFLICT', '这个邀请码已经用过了'));
    render(<RedeemPage />);
    type('8 位字母或数字', 'K7M2QX9P');
    type('新密码', 'Spring2026');
    type('再输一次新密码', 'Spring2026');
    await tap('激活并登录');
    expect(await screen.findByText('这个邀请码已经用过了')).toBeTruthy();
    expect(cadreSession()).toBeUndefined();
    expect(navigations).toEqual([]);
  });

  it('binds this WeChat at the same time inside WeChat', async () => {
    process.env.TARO_ENV = 'weapp';
    Object.assign(Taro, { login: jest.fn(async () => ({ code: 'wx-code-9', errMsg: 'login:ok' })) });
    await serve(() => ({ status: 200, body: loginResult() }));
    render(<RedeemPage />);
    type('8 位字母或数字', 'K7M2QX9P');
    type('新密码', 'Spring2026');
    type('再输一次新密码', 'Spring2026');
    fireEvent.click(await screen.findByText('激活并登录'));
    await waitFor(() => expect(navigations).toEqual([ROUTES.cadre]));
    expect(bodyOf(server.requests[0])).toEqual({ code: 'K7M2QX9P', password: 'Spring2026', wechatCode: 'wx-code-9' });
  });
});
