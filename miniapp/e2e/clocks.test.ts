import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { dirname } from 'node:path';
import type { Page } from 'playwright-core';
import { SERVER_DIST, openBrowser, startServer, type Browser, type RunningServer } from './stack';

// Issue 6's workbench in the H5 build against the real server and its clocks. A 2112 case goes from the
// province down to 官庄镇, each level in its own browser session, and the town reports back; a help
// request nobody acknowledges climbs 太平铺村 → 官庄镇 → 沅陵县 → 怀化市 on deadlines of seconds.

const PROVINCE = { phone: '13700000043', password: 'Province2026' };
const DEMO_PASSWORD = 'Hulei@2026';
const TAIPINGPU = '431222114200';

/** The demo seed stops at the city: the province federation is added through the server's own code. */
const ADD_PROVINCE = `
const { NestFactory } = require('@nestjs/core');
const { AppModule } = require('./dist/app.module');
const { loadConfig } = require('./dist/common/config/config');
const { AccountsService } = require('./dist/identity/accounts.service');
(async () => {
  const app = await NestFactory.createApplicationContext(AppModule.forRoot({ ...loadConfig(), logLevel: 'warn' }), {
    logger: ['error', 'warn'],
  });
  await app.get(AccountsService).ensureAccount({
    phone: '${PROVINCE.phone}', name: '湖南省妇联', role: 'federation_province', regionCode: '43',
    password: '${PROVINCE.password}',
  });
  await app.close();
  process.exit(0);
})().catch((error) => { process.stderr.write(String(error.stack)); process.exit(1); });
`;

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startServer(undefined, {
    // Help requests climb a level every 1.2 s (urgent) when nobody acknowledges them; 2112 keeps its minutes.
    env: {
      HULEI_SLA_POLICY: JSON.stringify({ helpRequest: { acknowledgeMinutes: { urgent: 0.02, normal: 0.05 } } }),
      HULEI_POLL_MS: '100',
    },
    prepare: (env) =>
      execFileSync(process.execPath, ['-e', ADD_PROVINCE], { env, cwd: dirname(SERVER_DIST), stdio: 'pipe' }),
  });
  browser = await openBrowser();
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const tap = (name: string | RegExp) => page.getByRole('button', { name, exact: typeof name === 'string' }).click();

async function api<T>(method: string, path: string, token?: string, body?: unknown, headers = {}): Promise<T> {
  const response = await fetch(`${server.origin}${path}`, {
    method,
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Another cadre on another computer: nothing of the previous session stays. */
async function logIn(phone: string, password = DEMO_PASSWORD) {
  await page.goto(`${server.origin}/`);
  await page.evaluate(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  await page.goto(`${server.origin}/packages/cadre/login/index`);
  await page.getByPlaceholder('手机号').fill(phone);
  await page.getByPlaceholder('密码').fill(password);
  await tap('登录');
  await page.getByText('，您好').waitFor();
}

const stepLines = () => page.locator('.opinion__step-head').allInnerTexts();

/** From the workbench to the case that waits for this level. */
async function openCaseWaitingForMe() {
  await tap(/舆情处置/);
  const card = page.locator('.opinion__item', { hasText: '轮到您办理' });
  await card.getByText(/反馈期限：还剩 1 小时 \d+ 分钟/).waitFor();
  await card.click();
  await page.getByText('网传太平铺村有儿童被伤害的视频，转发很多。').waitFor();
}

describe('a public-opinion case handed down under "2112", level by level, in the browser', () => {
  it('the province federation registers it about 太平铺村 and hands it to the city', async () => {
    await logIn(PROVINCE.phone, PROVINCE.password);
    await tap(/舆情处置/);
    await tap('登记舆情');
    await page.getByPlaceholder('在湖南省里找，如：太平铺').fill('太平铺');
    await tap('搜索');
    await page.getByRole('button', { name: /太平铺村\s*湖南省 怀化市 沅陵县 官庄镇/ }).click();
    await page.getByText('已选择：湖南省 怀化市 沅陵县 官庄镇 太平铺村').waitFor();
    await tap('重大');
    await page.getByPlaceholder(/舆情摘要/).fill('网传太平铺村有儿童被伤害的视频，转发很多。');
    await page.getByPlaceholder('链接或来源说明，如：某短视频平台').fill('某短视频平台');
    await tap('登记并开始计时');

    await page.getByText(/^湖南省妇联 持有 \d+ 秒，已受理，正在办理$/).waitFor();
    await page.getByText(/^还剩 19 分钟$|^还剩 20 分钟$/).waitFor();
    await tap('下发给怀化市妇联');
    await page.getByText('已下发给怀化市妇联').waitFor();
    expect(await stepLines()).toEqual([
      expect.stringMatching(/^湖南省妇联 持有 \d+ 秒，已下发$/),
      expect.stringMatching(/^怀化市妇联 持有 \d+ 秒，待受理$/),
    ]);
    expect(await page.getByRole('button', { name: /下发给/ }).count()).toBe(0);
  });

  it('the city and the county each acknowledge it and hand it on within their ten minutes', async () => {
    for (const { phone, next } of [
      { phone: '13800000005', next: '沅陵县妇联' },
      { phone: '13800000004', next: '官庄镇妇联' },
    ]) {
      await logIn(phone);
      await openCaseWaitingForMe();
      await page.getByText(/^还剩 (9|10) 分钟$/).waitFor();
      await tap('受理');
      await page.getByText('已受理', { exact: true }).waitFor();
      await tap(`下发给${next}`);
      await page.getByText(`已下发给${next}`).waitFor();
    }
  });

  it('the town verifies it and reports the facts and the service started; the timeline shows all four levels', async () => {
    await logIn('13800000003');
    await openCaseWaitingForMe();
    expect(await page.getByText('下发期限').count()).toBe(0);
    await tap('受理');
    await page.getByText('已受理', { exact: true }).waitFor();
    await page.getByPlaceholder(/到现场或电话核实的情况/).fill('已到村核实：视频为外地旧事，本村无此事。');
    await page.getByPlaceholder(/如：已联系一站式取证救助中心/).fill('儿童服务站已安排心理老师回访相关家庭');
    await tap('上报核实反馈');
    await page.getByText('已上报核实情况，2112 办理完成').waitFor();
    await page.getByText(/核实情况：已到村核实/).waitFor();
    expect(await stepLines()).toEqual([
      expect.stringMatching(/^湖南省妇联 持有 \d+ 秒，已下发$/),
      expect.stringMatching(/^怀化市妇联 持有 \d+ 秒，已下发$/),
      expect.stringMatching(/^沅陵县妇联 持有 \d+ 秒，已下发$/),
      expect.stringMatching(/^官庄镇妇联 持有 \d+ 秒，已反馈$/),
    ]);
    // The list page stays behind this one in the browser's page stack, hidden.
    expect(await page.getByText('反馈期限').filter({ visible: true }).count()).toBe(0);
  });

  it('the city sees the case as reported back, with nothing left to do', async () => {
    await logIn('13800000005');
    await tap(/舆情处置/);
    const card = page.locator('.opinion__item').first();
    await card.getByText('已反馈').waitFor();
    expect(await card.innerText()).toContain('乡镇已核实反馈');
    expect(await card.getByText('轮到您办理').count()).toBe(0);
  });
});

describe('a help request nobody acknowledges, moved up by the clocks', () => {
  let town: string;

  beforeAll(async () => {
    await api(
      'POST',
      '/api/help-requests',
      undefined,
      {
        category: 'domestic_violence',
        description: '爸爸喝了酒就打妈妈，今晚又在打。',
        regionCode: TAIPINGPU,
        urgency: 'urgent',
        requesterRole: 'child',
      },
      { 'Idempotency-Key': randomUUID() },
    );
    ({ accessToken: town } = await api<{ accessToken: string }>('POST', '/api/auth/login', undefined, {
      phone: '13800000003',
      password: DEMO_PASSWORD,
    }));
    // Three missed deadlines: village → town → county → city, where it stays and is reminded again.
    const [{ id }] = (await api<{ items: Array<{ id: string }> }>('GET', '/api/cadre/help-requests', town)).items;
    for (;;) {
      const { events } = await api<{ events: Array<{ kind: string }> }>('GET', `/api/cadre/help-requests/${id}`, town);
      if (events.some((event) => event.kind === 'deadline_missed')) break;
      await new Promise((done) => setTimeout(done, 200));
    }
  });

  it("shows in the town's overdue view as moved up, with its countdown", async () => {
    await logIn('13800000003');
    await tap(/超时求助/);
    const row = page.locator('.inbox__item', { hasText: '家庭暴力' });
    await row.getByText(/太平铺村 · 由市处理/).waitFor();
    expect(await row.getByText(/^受理期限：(还剩|已超时) \d+ 秒$/).count()).toBe(1);
    expect(await row.innerText()).toContain('紧急');
  });

  it('tells, in its timeline, where each missed deadline sent it', async () => {
    await page.locator('.inbox__item', { hasText: '家庭暴力' }).click();
    await page.getByText('爸爸喝了酒就打妈妈，今晚又在打。').waitFor();
    for (const line of ['超时未受理，已转官庄镇处理', '超时未受理，已转沅陵县处理', '超时未受理，已转怀化市处理'])
      await page.getByText(line).waitFor();
    await page.getByText('超时未受理，已再次提醒怀化市妇联').first().waitFor();
  });

  it('lists the reminders that reached no one below the town, to phone them instead', async () => {
    await page.goto(`${server.origin}/packages/cadre/index`);
    await tap(/^提醒/);
    await page.getByText('以下干部没有收到提醒，请电话联系').waitFor();
    await page
      .getByText(/^太平铺村妇联主席 · 太平铺村$/)
      .first()
      .waitFor();
    // This demo server has neither SMS nor WeChat set up, and the browser offers no WeChat opt-in.
    await page.getByText('有一条超时求助已转您处理').first().waitFor();
    expect(await page.getByText('无法送达：没有可用的提醒方式').count()).toBeGreaterThan(0);
    expect(await page.getByText('新求助和超时提醒会通过短信发到您登记的手机号。').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: '接收新求助提醒' }).count()).toBe(0);
  });
});
