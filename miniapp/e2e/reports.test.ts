import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openBrowser, startServer, type Browser, type RunningServer } from './stack';

// 一月一汇报 in the H5 build against the real server: children of 官庄镇 ask for help and take
// quizzes, the chairs answer and visit; the village chair writes and submits her month; the town
// reads its dashboard, each chart with its table, and the village's count of 3 as "<5".

const TAIPINGPU = '431222114200';
const HAISHAPING = '431222114203';
const MONTH = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);

let server: RunningServer;
let browser: Browser;
let page: Page;
const shots = mkdtempSync(join(tmpdir(), 'hulei-e2e-reports-'));

async function call<T>(
  method: string,
  path: string,
  token?: string,
  body?: unknown,
  extra: Record<string, string> = {},
): Promise<T> {
  const response = await fetch(`${server.origin}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}), ...extra },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

const login = async (phone: string) =>
  (await call<{ accessToken: string }>('POST', '/api/auth/login', undefined, { phone, password: 'Hulei@2026' }))
    .accessToken;

/** A month of 官庄镇 as people make it, through the API. */
async function seedMonth() {
  for (const [village, category, urgency] of [
    [TAIPINGPU, 'sexual_abuse', 'urgent'],
    [TAIPINGPU, 'bullying', 'normal'],
    [TAIPINGPU, 'neglect', 'normal'],
    ...Array.from({ length: 6 }, () => [HAISHAPING, 'domestic_violence', 'normal']),
  ])
    await call(
      'POST',
      '/api/help-requests',
      undefined,
      { category, urgency, regionCode: village, description: '看板测试：孩子说有人打他' },
      {
        'Idempotency-Key': randomUUID(),
      },
    );
  const chair = await login('13800000001');
  const items = await call<{ items: Array<{ id: string }> }>('GET', '/api/cadre/help-requests?pageSize=100', chair);
  for (const item of items.items) await call('POST', `/api/cadre/help-requests/${item.id}/acknowledge`, chair);
  for (const [n, concern] of [
    [1, 'look_health'],
    [2, null],
  ] as const) {
    const household = await call<{ id: string }>(
      'POST',
      `/api/cadre/screening/villages/${TAIPINGPU}/households`,
      chair,
      {
        address: `太平铺村三组${n}号`,
        headName: '户主',
        children: [],
      },
    );
    await call(
      'POST',
      '/api/cadre/screening/visits',
      chair,
      {
        householdId: household.id,
        visitedOn: new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10),
        attendees: '妇联主席、户主',
        answers: [
          'look_harm',
          'ask_harm',
          'look_health',
          'ask_health',
          'look_lodging',
          'ask_lodging',
          'look_environment',
          'ask_environment',
          'look_schooling',
          'ask_schooling',
          'look_holidays',
          'ask_holidays',
        ].map((item) => ({ item, answer: item === concern ? 'concern' : 'fine' })),
      },
      { 'Idempotency-Key': randomUUID() },
    );
  }
  for (let i = 0; i < 3; i += 1) {
    const attempt = await call<{
      attemptId: string;
      questions: Array<{ id: string; options: Array<{ key: string }> }>;
    }>('POST', '/api/quizzes/attempts', undefined, { audience: 'child_9_12', regionCode: TAIPINGPU });
    await call('POST', `/api/quizzes/attempts/${attempt.attemptId}/submission`, undefined, {
      answers: attempt.questions.map((q) => ({ questionId: q.id, optionKeys: [q.options[0].key] })),
    });
  }
}

async function logIn(phone: string) {
  await page.goto(`${server.origin}/`);
  await page.evaluate(() => localStorage.clear());
  await page.goto(`${server.origin}/packages/cadre/login/index`);
  await page.getByPlaceholder('手机号').fill(phone);
  await page.getByPlaceholder('密码').fill('Hulei@2026');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByText('，您好').waitFor();
}

/** The whole page: the app scrolls inside its own container, so the window is made as tall as the page. */
async function snapshot(name: string): Promise<string> {
  const path = join(shots, `${name}.png`);
  const viewport = page.viewportSize()!;
  const height = await page.evaluate(() => [...document.querySelectorAll('.cadre-page')].pop()?.scrollHeight ?? 0);
  await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, Math.ceil(height)) });
  await page.screenshot({ path, fullPage: true });
  const extra = process.env.HULEI_E2E_SCREENSHOTS;
  if (extra) {
    mkdirSync(extra, { recursive: true });
    await page.screenshot({ path: join(extra, `reports-${name}.png`), fullPage: true });
  }
  await page.setViewportSize(viewport);
  return path;
}

beforeAll(async () => {
  server = await startServer();
  browser = await openBrowser();
  page = await browser.context.newPage();
  await seedMonth();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

test('the village chair opens 月报 from her workbench, writes her words and submits the month', async () => {
  await logIn('13800000001');
  await page.getByRole('button', { name: /月报/ }).click();
  await page.getByRole('button', { name: `${Number(MONTH.slice(0, 4))}年${Number(MONTH.slice(5, 7))}月` }).click();
  await page.getByText(/太平铺村 · .*工作月报/).waitFor();
  const summary = page.getByLabel(/收到的求助$/);
  await summary.getByText('收到（条）').waitFor();
  expect(await summary.locator('.rt__line').first().innerText()).toMatch(/收到（条）\s*3/);
  await page.getByPlaceholder('工作经验和做法（可不填）').fill('结合赶集日开展普法宣传');
  await page.getByRole('button', { name: '上报给上一级' }).click();
  await page.getByText('已上报', { exact: true }).waitFor();
  await snapshot('village-report');
});

test('the town reads its dashboard: charts drawn from their tables, a village’s 3 shown as "<5"', async () => {
  await logIn('13800000003');
  await page.goto(`${server.origin}/packages/reports/dashboard/index`);
  await page.getByText('官庄镇 · ').waitFor();
  const byRegion = page.getByLabel('本月各地区求助');
  await byRegion.waitFor();
  // 太平铺村's 3 is "<5"; 海沙坪村's 6 then shows "≥5", or the town's total of 9 would give the 3 away.
  expect(await byRegion.locator('.chart__fill--hidden').count()).toBe(2);
  expect(await byRegion.getByText('<5').count()).toBe(1);
  expect(await byRegion.getByText('≥5').count()).toBe(1);
  // The table behind the chart says the same.
  const table = page.getByLabel('分地区', { exact: true });
  const row = table.locator('.rt__row', { hasText: '太平铺村' });
  expect(await row.locator('.rt__cell').first().innerText()).toBe('<5');
  const total = table.locator('.rt__row--total');
  expect(await total.locator('.rt__cell').first().innerText()).toBe('9');
  const trend = page.getByLabel(/个月收到的求助$/);
  expect(await trend.locator('.chart__column').count()).toBe(12);
  expect(await page.getByLabel('敲门行动覆盖率（%）').locator('.chart__fill').count()).toBeGreaterThan(30);
  const phone = await snapshot('town-dashboard');
  expect(statSync(phone).size).toBeGreaterThan(20_000);
  // The desk: the same page on a wide screen, charts side by side.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByLabel('本月各地区求助').waitFor();
  const desk = await snapshot('town-dashboard-desk');
  expect(statSync(desk).size).toBeGreaterThan(20_000);
  process.stderr.write(`[reports e2e] screenshots in ${shots}\n`);
});

test('the town prints its month as a page and takes it away as Excel', async () => {
  await page.goto(`${server.origin}/packages/reports/index?period=${MONTH}`);
  await page.getByText(/官庄镇 · .*工作月报/).waitFor();
  const [printed] = await Promise.all([
    page.context().waitForEvent('page'),
    page.getByRole('button', { name: '打印版（可存为 PDF）' }).click(),
  ]);
  await printed.getByRole('heading', { name: /官庄镇.*工作月报/ }).waitFor();
  expect(await printed.getByText('按求助类别').count()).toBe(1);
  expect(printed.url()).toMatch(/^blob:/);
  await printed.close();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出 Excel' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`工作报告-431222114-${MONTH}.xlsx`);
  const saved = join(shots, 'town-report.xlsx');
  await download.saveAs(saved);
  // An .xlsx is a zip: it starts with "PK".
  expect(readFileSync(saved).subarray(0, 2).toString()).toBe('PK');
});
