import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openBrowser, startServer, type Browser, type RunningServer } from './stack';

// Issue 5's journey on the H5 build against the real server: a child in 太平铺村 asks for help, the
// village chair answers, the child reads the answer with the receipt code; 海沙坪村 never sees it,
// 官庄镇 does. Each person is a different phone: storage is wiped between them.

let server: RunningServer;
let browser: Browser;
let page: Page;
let receiptCode = '';

const WORDS = '班上有几个同学天天在放学路上堵我，抢我的钱，还说告诉老师就打我。';
const REPLY = '我是太平铺村妇联的李阿姨。明天放学我在校门口等你，我们一起去找老师。';

async function snapshot(name: string) {
  const folder = process.env.HULEI_E2E_SCREENSHOTS;
  if (!folder) return;
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: join(folder, `journey-${name}.png`), fullPage: true });
}

const tap = (name: string | RegExp) => page.getByRole('button', { name, exact: typeof name === 'string' }).click();

/** A different phone: nothing of the previous person stays. */
async function anotherPhone() {
  await page.goto(`${server.origin}/`);
  await page.evaluate(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
}

/** Fills the help form as a child of 太平铺村 would. */
async function fillHelpForm(words: string) {
  await page.goto(`${server.origin}/pages/help/index`);
  await page.getByRole('button', { name: /被人欺负/ }).click();
  await page.getByPlaceholder('想说多少就写多少，不会写的字可以用拼音').fill(words);
  await page.getByPlaceholder('输入村或乡镇的名字，如：官庄').fill('太平铺');
  await tap('搜索');
  await page.getByRole('button', { name: /太平铺村\s*湖南省 怀化市 沅陵县 官庄镇/ }).click();
  await page.getByText('已选择：湖南省 怀化市 沅陵县 官庄镇 太平铺村').waitFor();
  await page.getByRole('button', { name: /^紧急/ }).click();
  await tap('我是孩子');
}

async function readReceipt(): Promise<string> {
  const shown = await page.locator('.receipt__code').innerText();
  expect(shown).toMatch(/^\d{4} \d{4} \d{4} \d{4}$/);
  return shown.replace(/\s/g, '');
}

async function logIn(phone: string) {
  await anotherPhone();
  await page.goto(`${server.origin}/packages/cadre/login/index`);
  await page.getByPlaceholder('手机号').fill(phone);
  await page.getByPlaceholder('密码').fill('Hulei@2026');
  await tap('登录');
  await page.getByText('，您好').waitFor();
}

/** The requests listed in the inbox (not its filter buttons). */
const requestItems = () => page.locator('.inbox__item');

/** The inbox's count line, e.g. 共 1 条. */
async function inboxTotal(): Promise<number> {
  await page.goto(`${server.origin}/packages/cadre/inbox/index`);
  const line = await page.getByText(/^共 \d+ 条/).innerText();
  return Number(/共 (\d+) 条/.exec(line)?.[1]);
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

describe('a help request from a child in 太平铺村 to the village federation and back', () => {
  it('the child sends it without a name and gets a receipt code, shown once', async () => {
    await fillHelpForm(WORDS);
    await tap('悄悄发送给妇联');
    await page.getByText('已经送到妇联了').waitFor();
    receiptCode = await readReceipt();
    await snapshot('1-receipt');
    await tap('我已经记下了');
    await page.getByText(/回执码没有留在这部手机上/).waitFor();
    expect(await page.locator('.receipt__code').count()).toBe(0);
  });

  it('the chair of 太平铺村 sees it, acknowledges it and replies', async () => {
    await logIn('13800000001');
    expect(await inboxTotal()).toBe(1);
    const item = requestItems();
    await item.getByText(/太平铺村/).waitFor();
    expect(await item.innerText()).toContain('校园欺凌');
    expect(await item.innerText()).toContain('紧急');
    await item.click();
    await page.getByText(WORDS).waitFor();
    expect(await page.getByText('我是孩子').isVisible()).toBe(true);

    await tap('受理');
    await page.locator('.cadre__row', { hasText: '状态' }).getByText('已受理').waitFor();
    await page.getByPlaceholder(/回复求助人/).fill(REPLY);
    await tap('发送回复');
    await page.getByText('回复已发送，对方用回执码可以看到').waitFor();
    await page.getByText(REPLY).waitFor();
    await snapshot('2-cadre');
  });

  it('the child reads the reply with the receipt code', async () => {
    await anotherPhone();
    await page.goto(`${server.origin}/packages/my-requests/index`);
    await page.getByPlaceholder('16 位回执码').fill(receiptCode);
    await tap('查看');
    await page.getByText(REPLY).waitFor();
    expect(await page.getByText('已受理').isVisible()).toBe(true);
    await snapshot('3-reply');
  });

  it('the chair of 海沙坪村 never sees it', async () => {
    await logIn('13800000002');
    expect(await inboxTotal()).toBe(0);
    expect(await requestItems().count()).toBe(0);
  });

  it('the town federation of 官庄镇 sees it', async () => {
    await logIn('13800000003');
    expect(await inboxTotal()).toBe(1);
    await requestItems()
      .getByText(/太平铺村/)
      .waitFor();
  });
});

describe('a help request sent with no network', () => {
  it('is kept on the phone, goes out once when the network returns, and arrives once', async () => {
    await anotherPhone();
    const words = '我没有网，这是离线时写的。';
    await fillHelpForm(words);
    await browser.context.setOffline(true);
    await tap('悄悄发送给妇联');
    await page.getByText('已保存，网络恢复后会自动发送').waitFor();
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
    expect(stored).not.toContain('离线时写的');
    await snapshot('4-offline');

    await browser.context.setOffline(false);
    await page.getByText('已经送到妇联了').waitFor();
    const code = await readReceipt();
    expect(code).not.toBe(receiptCode);
    await tap('我已经记下了');

    await logIn('13800000001');
    expect(await inboxTotal()).toBe(2);
    await requestItems().first().click();
    await page.getByText(words).waitFor();
  });
});
