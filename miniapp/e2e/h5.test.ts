import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openBrowser, startServer, type Browser, type RunningServer } from './stack';

let server: RunningServer;
let browser: Browser;
let page: Page;

// Set HULEI_E2E_SCREENSHOTS=<folder> to keep a picture of each step.
async function snapshot(name: string) {
  const folder = process.env.HULEI_E2E_SCREENSHOTS;
  if (!folder) return;
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: join(folder, `${name}.png`), fullPage: true });
}

async function tap(name: string) {
  await page.getByRole('button', { name, exact: true }).click();
}

beforeAll(async () => {
  server = await startServer();
  browser = await openBrowser();
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const TAIPINGPU_CHOSEN = '已选择：湖南省 怀化市 沅陵县 官庄镇 太平铺村';

describe('the H5 build in Chromium, served by the real server', () => {
  it('opens on the home page with the four hotlines one tap away', async () => {
    await page.goto(`${server.origin}/`);
    await page.getByText('一键拨打求助电话').waitFor();
    for (const [number, label] of [
      ['110', '报警'],
      ['12338', '妇女儿童维权'],
      ['12355', '青少年服务'],
      ['120', '急救'],
    ]) {
      const link = page.getByRole('link', { name: `拨打${number}，${label}` });
      expect(await link.getAttribute('href')).toBe(`tel:${number}`);
      expect(await link.isVisible()).toBe(true);
    }
    expect(await page.getByRole('button', { name: '一键离开' }).isVisible()).toBe(true);
    await snapshot('1-home');
  });

  it('picks 湖南省 → 怀化市 → 沅陵县 → 官庄镇 → 太平铺村 level by level on the help page', async () => {
    await page.getByRole('button', { name: /我要求助/ }).click();
    await page.getByText('如果你现在有危险，马上打 110').waitFor();
    for (const name of ['湖南省', '怀化市', '沅陵县', '官庄镇', '太平铺村']) await tap(name);
    await page.getByText(TAIPINGPU_CHOSEN).waitFor();
    await snapshot('2-picked');
  });

  it('finds 官庄镇 by searching inside 沅陵县, then 太平铺村 in its list', async () => {
    await tap('重新选择');
    for (const name of ['湖南省', '怀化市', '沅陵县']) await tap(name);
    await page.getByPlaceholder('在沅陵县里找，如：太平铺').fill('官庄');
    await tap('搜索');
    await page.getByRole('button', { name: /官庄镇\s*湖南省 怀化市 沅陵县/ }).click();
    await page.getByText('请选择村').waitFor();
    await tap('太平铺村');
    await page.getByText(TAIPINGPU_CHOSEN).waitFor();
  });

  it('finds 太平铺村 directly by name from an empty picker', async () => {
    await tap('重新选择');
    await page.getByPlaceholder('输入村或乡镇的名字，如：官庄').fill('太平铺');
    await page.getByPlaceholder('输入村或乡镇的名字，如：官庄').press('Enter');
    await page.getByRole('button', { name: /太平铺村\s*湖南省 怀化市 沅陵县 官庄镇/ }).click();
    await page.getByText(TAIPINGPU_CHOSEN).waitFor();
    await snapshot('3-searched');
  });

  it('leaves for a neutral page on 一键离开, and Back does not bring the app back', async () => {
    await tap('一键离开');
    await page.waitForURL('**/recipes.html');
    await page.getByText('番茄炒蛋').waitFor();
    expect(await page.content()).not.toContain('护蕾');
    await snapshot('4-left');

    // Back lands on the home page's history entry: it must hide itself at once.
    await page.goBack();
    await page.waitForURL('**/recipes.html');
    await page.getByText('番茄炒蛋').waitFor();
    expect(await page.title()).toBe('家常菜做法');
    expect(await page.getByText('一键离开').count()).toBe(0);
    expect(await page.content()).not.toContain('护蕾');
    await snapshot('5-after-back');
  });

  it('opens normally again when the address is typed anew', async () => {
    await page.goto(`${server.origin}/`);
    await page.getByText('一键拨打求助电话').waitFor();
  });
});
