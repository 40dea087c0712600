import type { Page } from 'playwright-core';
import { openBrowser, startServer, type Browser, type RunningServer } from './stack';

// A 执委妈妈 paired with a child of 太平铺村 opens 我的结对儿童 in the H5 build: she sees that
// child's plan and notes, records a follow-up, and nothing of the ledger or of other children.

const TAIPINGPU = '431222114200';
const PHONE = '13600000077';
const PASSWORD = 'Zhiwei2026';

let server: RunningServer;
let browser: Browser;
let page: Page;
let chair: string;
let pairedId: string;

async function call<T>(method: string, path: string, token?: string, body?: unknown): Promise<T> {
  const response = await fetch(`${server.origin}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

beforeAll(async () => {
  server = await startServer();
  ({ accessToken: chair } = await call<{ accessToken: string }>('POST', '/api/auth/login', undefined, {
    phone: '13800000001',
    password: 'Hulei@2026',
  }));
  const year = new Date().getFullYear();
  const paired = await call<{ id: string }>('POST', '/api/cadre/care/records', chair, {
    villageCode: TAIPINGPU,
    childName: '张小花',
    birthYear: year - 10,
    category: 'sexual_abuse_victim',
    riskLevel: 'high',
    guardianSituation: '父母在广东务工，随祖母生活',
    notes: '公安已立案',
  });
  pairedId = paired.id;
  await call('POST', '/api/cadre/care/records', chair, {
    villageCode: TAIPINGPU,
    childName: '赵小红',
    category: 'in_hardship',
    riskLevel: 'low',
  });
  const invitation = await call<{ code: string }>('POST', '/api/identity/invitations', chair, {
    name: '执委妈妈王芳',
    phone: PHONE,
    role: 'volunteer',
    regionCode: TAIPINGPU,
  });
  const volunteer = await call<{ user: { id: string } }>('POST', '/api/auth/invitations/redeem', undefined, {
    code: invitation.code,
    password: PASSWORD,
  });
  await call('POST', `/api/cadre/care/records/${pairedId}/pairings`, chair, {
    helperAccountIds: [volunteer.user.id],
    intervalDays: 30,
  });
  browser = await openBrowser();
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('我的结对儿童 in the H5 build', () => {
  it('shows the volunteer her paired child and nothing else', async () => {
    await page.goto(`${server.origin}/packages/cadre/login/index`);
    await page.getByPlaceholder('手机号').fill(PHONE);
    await page.getByPlaceholder('密码').fill(PASSWORD);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByText('巾帼志愿者 · 太平铺村').waitFor();
    await page.goto(`${server.origin}/packages/care/index`);
    await page.getByText('我的结对儿童').waitFor();
    await page.getByText('张小花').waitFor();
    const text = await page.evaluate(() => document.body.innerText);
    for (const hidden of ['赵小红', '性侵害', '父母在广东务工', '公安已立案', '风险'])
      expect(text).not.toContain(hidden);
  });

  it('records a follow-up visit that moves the plan on', async () => {
    await page.getByRole('button', { name: /张小花/ }).click();
    await page.getByText('记录这次回访').waitFor();
    await page.getByPlaceholder('孩子的情况、需要的帮助（加密保存）').fill('孩子情绪稳定，期末考试进步了');
    await page.getByRole('button', { name: '保存回访记录' }).click();
    await page.getByText('孩子情绪稳定，期末考试进步了').waitFor();
    const detail = await call<{ followUps: Array<{ note: string; authorName: string }> }>(
      'GET',
      `/api/cadre/care/records/${pairedId}`,
      chair,
    );
    expect(detail.followUps).toEqual([
      expect.objectContaining({ note: '孩子情绪稳定，期末考试进步了', authorName: '执委妈妈王芳' }),
    ]);
  });

  it('keeps the ledger itself from her', async () => {
    await page.goto(`${server.origin}/packages/care/record/index?id=${pairedId}`);
    await page.getByText('你的角色不能使用这个功能').waitFor();
    expect(await page.getByText('父母在广东务工').count()).toBe(0);
  });
});
