import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openBrowser, startServer, type Browser, type RunningServer } from './stack';

let server: RunningServer;
let browser: Browser;
let page: Page;

const DEMO_PASSWORD = 'Hulei@2026';

async function snapshot(name: string) {
  const folder = process.env.HULEI_E2E_SCREENSHOTS;
  if (!folder) return;
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: join(folder, `market-${name}.png`), fullPage: true });
}

async function login(phone: string): Promise<string> {
  const res = await fetch(`${server.origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ phone, password: DEMO_PASSWORD }),
  });
  if (!res.ok) throw new Error(`login ${phone}: ${res.status}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

async function cadreCall<T>(token: string, path: string, body?: object): Promise<T> {
  const res = await fetch(`${server.origin}${path}`, {
    method: body ? 'POST' : 'GET',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

interface MarketEvent {
  id: string;
  code: string;
  counters: { scans: number; quizzes: number; helpRequests: number };
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

describe('a market-day QR code in Chromium, against the real server', () => {
  let event: MarketEvent;
  let county: string;

  beforeAll(async () => {
    const town = await login('13800000003');
    county = await login('13800000004');
    event = await cadreCall<MarketEvent>(town, '/api/cadre/market-events', {
      marketName: '官庄集',
      townCode: '431222114',
      date: '2026-06-06',
      startTime: '08:00',
      endTime: '12:00',
      organisers: '县妇联、县人民法院少年法庭法官',
    });
    expect(event.counters).toEqual({ scans: 0, quizzes: 0, helpRequests: 0 });
  });

  it('opens the event from its QR address, with three lessons, the quiz, help and quick exit', async () => {
    await page.goto(`${server.origin}/packages/market/index?e=${event.code}`);
    await page.getByText('官庄集').waitFor();
    await page.getByText('2026年6月6日 08:00–12:00').waitFor();
    await page.getByText('湖南省 怀化市 沅陵县 官庄镇').waitFor();
    expect(await page.locator('.market__lesson').count()).toBe(3);
    await page.getByRole('button', { name: /我要求助：悄悄告诉官庄镇妇联/ }).waitFor();
    expect(await page.getByRole('button', { name: '一键离开' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: '拨打12338，妇女儿童维权' }).getAttribute('href')).toBe('tel:12338');
    await snapshot('1-landing');
  });

  it('reads a lesson', async () => {
    const first = page.locator('.market__lesson').first();
    const title = (await first.locator('.market__lesson-title').innerText()).trim();
    await first.click();
    await page.locator('.lesson__title', { hasText: title }).waitFor();
    expect((await page.locator('.lesson-body').innerText()).length).toBeGreaterThan(100);
    expect(await page.locator('.lesson-body script').count()).toBe(0);
    await snapshot('2-lesson');
    await page.goBack();
    await page.getByText('官庄集').waitFor();
  });

  it('takes the 9–12 quiz to the end and sees the score and every explanation', async () => {
    await page.getByRole('button', { name: '9–12 岁儿童答题' }).click();
    for (let n = 1; n <= 10; n += 1) {
      await page.getByText(`第 ${n} 题 / 共 10 题`, { exact: false }).waitFor();
      await page.locator('.quiz__option').first().click();
      await page.getByRole('button', { name: n === 10 ? '交卷' : '下一题' }).click();
    }
    const score = await page.locator('.quiz__score').innerText();
    expect(score).toMatch(/^你答对了 \d+ \/ 10 题$/);
    expect(await page.locator('.quiz__review').count()).toBe(10);
    const explanations = await page.locator('.quiz__review-explanation').allInnerTexts();
    expect(explanations.every((text) => text.trim().length > 10)).toBe(true);
    expect(await page.getByRole('button', { name: '一键离开' }).isVisible()).toBe(true);
    await snapshot('3-result');
  });

  it('shows the cadre one more scan and one more quiz on the event, and no help request', async () => {
    const after = await cadreCall<MarketEvent>(county, `/api/cadre/market-events/${event.id}`);
    expect(after.counters).toEqual({ scans: 1, quizzes: 1, helpRequests: 0 });
  });

  it('answers a QR code for an unknown event with a clear sentence', async () => {
    await page.goto(`${server.origin}/packages/market/index?e=ZZZZZZZZ`);
    await page.getByText('没有找到这场赶集活动，请核对摊位上的二维码', { exact: false }).waitFor();
  });
});
