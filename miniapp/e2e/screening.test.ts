import type { Page, Request } from 'playwright-core';
import { openBrowser, startServer, type Browser, type RunningServer } from './stack';

// A grid worker in 太平铺村 records door-knocking visits in the H5 build with the network cut;
// when it returns, the visits sync, and the server stores each exactly once.

const TAIPINGPU = '431222114200';
const WORKER_PHONE = '13600000088';
const WORKER_PASSWORD = 'Wangge2026';

let server: RunningServer;
let browser: Browser;
let page: Page;
const households: Record<string, string> = {};

async function call<T>(method: string, path: string, token?: string, body?: unknown): Promise<T> {
  const response = await fetch(`${server.origin}${path}`, {
    method,
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

/** The chair sets up her village as she would: a grid, four households, a grid worker invited to it. */
async function setUpVillage(): Promise<string> {
  const { accessToken: chair } = await call<{ accessToken: string }>('POST', '/api/auth/login', undefined, {
    phone: '13800000001',
    password: 'Hulei@2026',
  });
  const grid = await call<{ id: string }>('POST', `/api/cadre/screening/villages/${TAIPINGPU}/grids`, chair, {
    name: '一组',
  });
  for (const [address, headName] of [
    ['太平铺村一组1号', '张建国'],
    ['太平铺村一组2号', '李德明'],
    ['太平铺村一组3号', '王秀英'],
    ['太平铺村一组4号', '赵大山'],
  ]) {
    const household = await call<{ id: string }>(
      'POST',
      `/api/cadre/screening/villages/${TAIPINGPU}/households`,
      chair,
      {
        address,
        headName,
        gridId: grid.id,
        children: [{ name: `${headName.slice(0, 1)}小宝`, birthYear: new Date().getFullYear() - 9 }],
      },
    );
    households[address] = household.id;
  }
  const invitation = await call<{ code: string }>('POST', '/api/identity/invitations', chair, {
    name: '网格员李梅',
    phone: WORKER_PHONE,
    role: 'grid_worker',
    regionCode: TAIPINGPU,
  });
  const worker = await call<{ user: { id: string } }>('POST', '/api/auth/invitations/redeem', undefined, {
    code: invitation.code,
    password: WORKER_PASSWORD,
  });
  await call('POST', `/api/cadre/screening/grids/${grid.id}/workers`, chair, { accountId: worker.user.id });
  return chair;
}

async function recordVisit(address: string, concernOn?: string) {
  await page.getByRole('button', { name: new RegExp(address) }).click();
  await page.getByText('一看孩子是否遭受性侵害、校园欺凌或其他伤害').waitFor();
  for (const group of await page.getByRole('radiogroup').all()) {
    const label = await group.getAttribute('aria-label');
    await group.getByRole('button', { name: label === concernOn ? '有问题' : '正常', exact: true }).click();
  }
  await page.getByPlaceholder('如：网格员、户主、孩子').fill('网格员李梅、户主、孩子');
  await page.getByRole('button', { name: '保存走访' }).click();
  await page.getByText('已走访').first().waitFor();
}

let chair: string;
const visitPosts: Request[] = [];

beforeAll(async () => {
  server = await startServer();
  chair = await setUpVillage();
  browser = await openBrowser();
  page = await browser.context.newPage();
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/api/cadre/screening/visits')) visitPosts.push(request);
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('敲门行动 in the H5 build, offline first', () => {
  it('shows the grid worker her households after she logs in', async () => {
    await page.goto(`${server.origin}/packages/cadre/login/index`);
    await page.getByPlaceholder('手机号').fill(WORKER_PHONE);
    await page.getByPlaceholder('密码').fill(WORKER_PASSWORD);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByText('网格员 · 太平铺村').waitFor();
    await page.goto(`${server.origin}/packages/screening/index`);
    await page.getByText('已走访 0 / 4 户').waitFor();
    for (const address of Object.keys(households)) {
      expect(await page.getByRole('button', { name: new RegExp(address) }).isVisible()).toBe(true);
    }
  });

  it('records two visits with the network cut, keeping them sealed on the phone', async () => {
    await browser.context.setOffline(true);
    await recordVisit('太平铺村一组1号');
    await page.getByText(/待同步 1 次走访/).waitFor();
    await page.getByRole('button', { name: '未走访', exact: true }).click();
    await recordVisit('太平铺村一组2号', '四看孩子的居住环境');
    await page.getByText(/待同步 2 次走访/).waitFor();
    await page.getByText(/网络恢复后会自动同步/).waitFor();
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
    for (const secret of ['太平铺村一组', '张建国', '网格员李梅、户主', 'look_environment']) {
      expect(stored).not.toContain(secret);
    }
    const coverage = await call<{ visited: number }>('GET', '/api/cadre/screening/coverage', chair);
    expect(coverage.visited).toBe(0);
  });

  it('syncs them when the network returns, each exactly once, even when an answer is lost', async () => {
    // The first answer to reach the phone after the network returns is lost on the way back.
    let lost = false;
    await page.route('**/api/cadre/screening/visits', async (route) => {
      if (lost) return route.continue();
      lost = true;
      await route.fetch();
      await route.abort('connectionreset');
    });
    await browser.context.setOffline(false);
    await page.getByText('已同步 2 次走访').waitFor({ timeout: 30_000 });
    expect(lost).toBe(true);
    const coverage = await call<{ visited: number; concerns: Array<{ item: string; households: number }> }>(
      'GET',
      `/api/cadre/screening/coverage?regionCode=${TAIPINGPU}`,
      chair,
    );
    expect(coverage.visited).toBe(2);
    expect(coverage.concerns.find((c) => c.item === 'look_environment')?.households).toBe(1);
    for (const address of ['太平铺村一组1号', '太平铺村一组2号']) {
      const detail = await call<{ visits: unknown[] }>(
        'GET',
        `/api/cadre/screening/households/${households[address]}`,
        chair,
      );
      expect(detail.visits).toHaveLength(1);
    }
    // Every attempt, offline or not, carried its visit's one key: two visits, two keys.
    const keys = new Set(visitPosts.map((r) => r.headers()['idempotency-key']));
    expect(keys.size).toBe(2);
    expect(visitPosts.length).toBeGreaterThan(2);
    await page.getByText('已走访 2 / 4 户').waitFor();
  });
});
