import type { Page } from 'playwright-core';
import { openBrowser, startServer, type Browser, type RunningServer } from './stack';

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await openBrowser();
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the cadre side of the H5 build, against the real server', () => {
  it('sends a cadre who is not logged in from the workbench entry to the login page', async () => {
    await page.goto(`${server.origin}/`);
    await page.getByRole('button', { name: '妇联干部入口' }).click();
    await page.getByRole('button', { name: '登录', exact: true }).waitFor();
    expect(page.url()).toContain('/packages/cadre/login/index');
  });

  it('says so when the password is wrong, without saying whether the phone exists', async () => {
    await page.getByPlaceholder('手机号').fill('13800000001');
    await page.getByPlaceholder('密码').fill('wrong-password-1');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByText('手机号或密码不正确').waitFor();
  });

  it('logs in as the chair of 太平铺村 and shows her workbench', async () => {
    await page.getByPlaceholder('密码').fill('Hulei@2026');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByText('村（社区）妇联主席 · 太平铺村').waitFor();
    for (const entry of [
      '求助处理',
      '超时求助',
      '敲门行动',
      '重点关爱',
      '舆情处置',
      '提醒',
      '月报',
      '我的账号',
      '账号管理',
    ]) {
      expect(await page.getByRole('button', { name: new RegExp(`^${entry}`) }).isVisible()).toBe(true);
    }
    expect(await page.getByText('即将上线').count()).toBe(0);
  });

  it('shows her account with the phone masked, and keeps no token in plain text in the browser', async () => {
    await page.getByRole('button', { name: /我的账号/ }).click();
    await page.getByText('138****0001').waitFor();
    expect(await page.getByText('太平铺村', { exact: true }).isVisible()).toBe(true);
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
    expect(stored).not.toMatch(/accessToken|refreshToken|eyJ/);
  });

  it('logs out and the workbench asks for a login again', async () => {
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByRole('button', { name: '登录', exact: true }).waitFor();
    await page.goto(`${server.origin}/packages/cadre/index`);
    await page.getByRole('button', { name: '登录', exact: true }).waitFor();
  });
});
