import Taro from '@tarojs/taro';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import WorkbenchPage from '../src/packages/cadre/index';
import AccountPage from '../src/packages/cadre/account/index';
import AccountsPage from '../src/packages/cadre/accounts/index';
import TotpPage from '../src/packages/cadre/totp/index';
import { cadreSession, startSession } from '../src/packages/cadre/session';
import { ROUTES } from '../src/routes';
import {
  CHAIR,
  TOWN,
  accountOf,
  bodyOf,
  loginResult,
  signIn,
  tearDownCadrePage,
  watchNavigation,
} from './support/cadre';
import { FakeApiServer, type Handler } from './support/fake-api-server';
import { regionApi } from './support/region-fixture';

let server: FakeApiServer;
let navigations: string[];

beforeEach(async () => {
  localStorage.clear();
  server = new FakeApiServer(() => ({ status: 404 }));
  globalThis.HULEI_API_BASE = await server.start();
  navigations = watchNavigation();
});

afterEach(() => tearDownCadrePage(server));

const serve = (handler: Handler) => (server.handler = handler);
const type = (placeholder: string, value: string) =>
  fireEvent.input(screen.getByPlaceholderText(placeholder), { target: { value } });
const tap = async (name: string | RegExp) => fireEvent.click(await screen.findByRole('button', { name }));

describe('workbench', () => {
  it('greets the chair with her role and village, and opens every part of her work', async () => {
    signIn(CHAIR);
    serve(() => ({ status: 200, body: accountOf(CHAIR) }));
    render(<WorkbenchPage />);
    expect(screen.getByText('李春兰，您好')).toBeTruthy();
    expect(await screen.findByText('村（社区）妇联主席 · 太平铺村')).toBeTruthy();
    expect(screen.getByRole('button', { name: /求助处理/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /我的账号/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /账号管理/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /月报/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /敲门行动/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /重点关爱/ })).toBeTruthy();
    expect(screen.queryByText('即将上线')).toBeNull();
  });

  it('shows a volunteer only her paired children and her account', async () => {
    const volunteer = { id: 'v1', name: '王秀英', role: 'volunteer' as const, regionCode: '431222114200' };
    signIn(volunteer);
    serve(() => ({ status: 200, body: accountOf(volunteer) }));
    render(<WorkbenchPage />);
    expect(await screen.findByRole('button', { name: /我的结对儿童/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /我的账号/ })).toBeTruthy();
    for (const hidden of [/求助处理/, /敲门行动/, /重点关爱/, /账号管理/, /月报/]) {
      expect(screen.queryByRole('button', { name: hidden })).toBeNull();
    }
  });

  it('sends a visitor without a session to the login page', async () => {
    render(<WorkbenchPage />);
    await waitFor(() => expect(navigations).toEqual([ROUTES.cadreLogin]));
    expect(server.requests).toEqual([]);
  });

  it('sends a cadre who must enrol TOTP to the enrolment page, and nowhere else', async () => {
    startSession(loginResult(CHAIR, { totpEnrolmentRequired: true }));
    render(<WorkbenchPage />);
    await waitFor(() => expect(navigations).toEqual([ROUTES.cadreTotp]));
    expect(screen.queryByText('求助处理')).toBeNull();
  });
});

describe('TOTP enrolment', () => {
  it('shows the secret and the otpauth address as text, and confirms with a code', async () => {
    startSession(loginResult(CHAIR, { totpEnrolmentRequired: true }));
    serve((request) => {
      if (request.url === '/api/identity/me/totp')
        return {
          status: 200,
          body: {
            secret: 'JBSWY3DPEHPK3PXP',
            otpauthUri: 'otpauth://totp/%E6%8A%A4%E8%95%BE:13800000001?secret=JBSWY3DPEHPK3PXP',
          },
        };
      if (request.url === '/api/identity/me/totp/confirm') return { status: 204 };
      return { status: 404 };
    });
    render(<TotpPage />);
    expect(screen.getByText(/需要先绑定身份验证器/)).toBeTruthy();
    expect(await screen.findByText('JBSW Y3DP EHPK 3PXP')).toBeTruthy();
    expect(screen.getByText(/^otpauth:\/\/totp\//)).toBeTruthy();
    expect(screen.getByText(/手动输入密钥/)).toBeTruthy();

    type('6 位数字', '123456');
    await tap('完成绑定');
    await waitFor(() => expect(navigations).toEqual([ROUTES.cadre]));
    expect(bodyOf(server.requests[1])).toEqual({ code: '123456' });
    expect(cadreSession()?.totpEnrolmentRequired).toBe(false);
  });
});

describe('my account', () => {
  it('shows who she is with the phone masked, and ends every session after a new password', async () => {
    signIn(CHAIR);
    serve((request) =>
      request.url === '/api/identity/me/password' ? { status: 204 } : { status: 200, body: accountOf(CHAIR) },
    );
    render(<AccountPage />);
    expect(await screen.findByText('138****0001')).toBeTruthy();
    expect(screen.getByText('村（社区）妇联主席')).toBeTruthy();
    expect(screen.getByText('太平铺村')).toBeTruthy();
    expect(screen.getAllByText('未绑定')).toHaveLength(2);

    type('现在的密码', 'Hulei@2026');
    type('新密码', 'Spring2026');
    type('再输一次新密码', 'Spring2026');
    await tap('修改密码');
    await waitFor(() => expect(navigations).toEqual([`${ROUTES.cadreLogin}?expired=1`]));
    expect(bodyOf(server.requests[1])).toEqual({ currentPassword: 'Hulei@2026', newPassword: 'Spring2026' });
    expect(cadreSession()).toBeUndefined();
  });
});

describe('account management', () => {
  const chairAccount = accountOf(CHAIR, { id: '0f7c2a55-6b1a-4c55-9d7e-2f1d3b9c8a01' });

  function serveTown() {
    signIn(TOWN);
    serve((request) => {
      if (request.url.startsWith('/api/regions')) return regionApi(request);
      if (request.url.startsWith('/api/identity/accounts?'))
        return { status: 200, body: { items: [accountOf(TOWN, { phone: '138****0003' }), chairAccount], total: 2 } };
      if (request.url.endsWith('/disable')) return { status: 200, body: { ...chairAccount, status: 'disabled' } };
      if (request.url === '/api/identity/invitations')
        return {
          status: 201,
          body: {
            id: 'i1',
            code: 'K7M2QX9P',
            expiresAt: '2026-12-07T02:00:00.000Z',
            name: '王秀英',
            role: 'federation_village',
            regionCode: '431222114203',
          },
        };
      return { status: 404 };
    });
  }

  it('invites a village chair inside her town and shows the code once, large', async () => {
    serveTown();
    render(<AccountsPage />);
    expect(await screen.findByText('管辖范围内共 2 个账号')).toBeTruthy();
    await tap('邀请新账号');
    // Only roles below a town federation, bound to a place inside her town.
    const roles = ['村（社区）妇联主席', '网格员', '巾帼志愿者'];
    for (const role of roles) expect(screen.getByRole('button', { name: role })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '县妇联' })).toBeNull();
    expect(screen.queryByRole('button', { name: '公安' })).toBeNull();

    type('姓名', '王秀英');
    type('手机号', '13900000009');
    await tap('村（社区）妇联主席');
    expect(await screen.findByText('请选择村')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /官庄镇/ })).toBeNull();
    await tap('海沙坪村');
    await tap('生成邀请码');

    expect(await screen.findByText('K7M2QX9P')).toBeTruthy();
    expect(screen.getByText('请当面或电话告知对方，7 天内有效')).toBeTruthy();
    const invite = server.requests.find((r) => r.url === '/api/identity/invitations');
    expect(invite && bodyOf(invite)).toEqual({
      name: '王秀英',
      phone: '13900000009',
      role: 'federation_village',
      regionCode: '431222114203',
    });
    await tap('我已告知对方');
    expect(screen.queryByText('K7M2QX9P')).toBeNull();
  });

  it('disables an account below hers after she confirms', async () => {
    serveTown();
    jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' });
    render(<AccountsPage />);
    const card = (await screen.findByText('李春兰')).parentElement as HTMLElement;
    // Her own account has no button; the chair's has one.
    expect(screen.getAllByRole('button', { name: '停用' })).toHaveLength(1);
    fireEvent.click(within(card).getByRole('button', { name: '停用' }));
    expect(await within(card).findByText('已停用')).toBeTruthy();
    expect(within(card).getByRole('button', { name: '重新启用' })).toBeTruthy();
    expect(server.requests.some((r) => r.url === `/api/identity/accounts/${chairAccount.id}/disable`)).toBe(true);
  });
});
