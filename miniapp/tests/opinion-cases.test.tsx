import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ApiSchemas, Role } from '@hulei/shared';
import OpinionCasePage from '../src/packages/cadre/opinion/case/index';
import OpinionCasesPage from '../src/packages/cadre/opinion/index';
import NewOpinionCasePage from '../src/packages/cadre/opinion/new/index';
import { ROUTES } from '../src/routes';
import { TOWN, bodyOf, error, openWith, signIn, tearDownCadrePage, watchNavigation } from './support/cadre';
import { FakeApiServer, type RecordedRequest, type Reply } from './support/fake-api-server';
import { regionApi } from './support/region-fixture';

type Case = ApiSchemas['OpinionCaseDetailDto'];
type Step = ApiSchemas['OpinionStepDto'];

const ID = '7c1e2b3a-4d5e-4f60-8a9b-0c1d2e3f4a5b';
const MINUTE = 60_000;
const ago = (minutes: number) => new Date(Date.now() - minutes * MINUTE).toISOString();
const ahead = (minutes: number) => new Date(Date.now() + minutes * MINUTE).toISOString();

const PROVINCE = { id: 'p1', name: '湖南省妇联', role: 'federation_province' as Role, regionCode: '43' };
const CITY = { id: 'a5', name: '怀化市妇联', role: 'federation_city' as Role, regionCode: '4312' };
const COUNTY = { id: 'a4', name: '沅陵县妇联', role: 'federation_county' as Role, regionCode: '431222' };

const NAMES: Record<string, string> = { '431222114200': '太平铺村', '431222114': '官庄镇', '431222': '沅陵县' };

function step(level: Step['level'], regionCode: string, regionName: string, extra: Partial<Step> = {}): Step {
  return {
    level,
    regionCode,
    regionName,
    receivedAt: ago(30),
    dueAt: null,
    acknowledgedAt: null,
    handedOnAt: null,
    heldSeconds: 0,
    missed: false,
    ...extra,
  };
}

/** Registered by the province 30 minutes ago, handed down in time to the county, which has it now. */
function atCounty(): Case {
  return {
    id: ID,
    regionCode: '431222114200',
    severity: 'high',
    status: 'open',
    currentLevel: 'county',
    currentRegionCode: '431222',
    startedAt: ago(30),
    stepDueAt: ahead(7),
    feedbackDueAt: ahead(90),
    overdue: false,
    description: '网传某村有儿童被邻居伤害的视频。',
    source: '某短视频平台',
    feedback: null,
    feedbackAt: null,
    steps: [
      step('province', '43', '湖南省', {
        receivedAt: ago(30),
        acknowledgedAt: ago(30),
        acknowledgedByName: '湖南省妇联',
        handedOnAt: ago(18),
        handedOnByName: '湖南省妇联',
        heldSeconds: 12 * 60,
      }),
      step('city', '4312', '怀化市', {
        receivedAt: ago(18),
        acknowledgedAt: ago(15),
        handedOnAt: ago(3),
        heldSeconds: 15 * 60,
        missed: true,
      }),
      step('county', '431222', '沅陵县', { receivedAt: ago(3), dueAt: ahead(7), heldSeconds: 180 }),
    ],
  };
}

function handedToTown(item: Case): Case {
  const steps = item.steps.map((s) =>
    s.level === 'county'
      ? { ...s, acknowledgedAt: s.acknowledgedAt ?? ago(0), handedOnAt: ago(0), handedOnByName: '沅陵县妇联' }
      : s,
  );
  return {
    ...item,
    currentLevel: 'town',
    currentRegionCode: '431222114',
    stepDueAt: null,
    steps: [...steps, step('town', '431222114', '官庄镇', { receivedAt: ago(0) })],
  };
}

let server: FakeApiServer;
let item: Case;
let actions: Record<string, (request: RecordedRequest) => Reply>;
let navigations: string[];

beforeEach(async () => {
  item = atCounty();
  actions = {};
  server = new FakeApiServer((request) => {
    const { pathname } = new URL(request.url, 'http://api');
    const region = /^\/api\/regions\/(\d+)$/.exec(pathname);
    if (region) return { status: 200, body: { code: region[1], name: NAMES[region[1]] ?? region[1] } };
    if (pathname.startsWith('/api/regions')) return regionApi(request);
    if (pathname === '/api/opinion-cases' && request.method === 'GET')
      return { status: 200, body: { items: [item], total: 1 } };
    if (pathname === '/api/opinion-cases') return actions.register?.(request) ?? { status: 404 };
    if (pathname === `/api/opinion-cases/${ID}`) return { status: 200, body: item };
    const action = pathname.slice(`/api/opinion-cases/${ID}/`.length);
    return actions[action]?.(request) ?? { status: 404 };
  });
  globalThis.HULEI_API_BASE = await server.start();
  navigations = watchNavigation();
});

afterEach(() => tearDownCadrePage(server));

const tap = async (name: string | RegExp) => fireEvent.click(await screen.findByRole('button', { name }));
const posted = (action: string) => server.requests.filter((r) => r.url === `/api/opinion-cases/${ID}/${action}`);
const steps = () => Array.from(document.querySelectorAll('.opinion__step-head')).map((s) => s.textContent);

describe('the 2112 list', () => {
  it('shows each case with its live countdowns and whose turn it is', async () => {
    signIn(COUNTY);
    render(<OpinionCasesPage />);
    const card = (await screen.findByText('共 1 件')) && (document.querySelector('.opinion__item') as HTMLElement);
    expect(await within(card).findByText('舆情 · 太平铺村')).toBeTruthy();
    expect(within(card).getByText('重大')).toBeTruthy();
    expect(await within(card).findByText(/现由沅陵县妇联办理/)).toBeTruthy();
    expect(within(card).getByText('轮到您办理')).toBeTruthy();
    expect(within(card).getByText(/^下发期限：还剩 [67] 分钟$/).className).toContain('countdown--calm');
    expect(within(card).getByText(/^反馈期限：还剩 1 小时 (29|30) 分钟$/)).toBeTruthy();
    // The county does not register cases: the province and the city do.
    expect(screen.queryByRole('button', { name: '登记舆情' })).toBeNull();
  });

  it('offers the city to register a case', async () => {
    signIn(CITY);
    render(<OpinionCasesPage />);
    expect(await screen.findByText('现由沅陵县妇联办理 · 登记于', { exact: false })).toBeTruthy();
    await tap('登记舆情');
    expect(navigations).toEqual([ROUTES.opinionNew]);
  });
});

describe('registering a case', () => {
  it('needs a town or village, a severity and what was said, then opens the new case', async () => {
    signIn(PROVINCE);
    actions.register = (request) => ({ status: 201, body: { ...atCounty(), ...bodyOf(request) } });
    render(<NewOpinionCasePage />);
    expect(await screen.findByText('湖南省')).toBeTruthy();
    await tap('登记并开始计时');
    expect(await screen.findByText('请选到舆情涉及的乡镇或村')).toBeTruthy();

    fireEvent.input(screen.getByPlaceholderText('在湖南省里找，如：太平铺'), { target: { value: '太平铺' } });
    await tap('搜索');
    await tap(/太平铺村/);
    expect(await screen.findByText('已选择：湖南省 怀化市 沅陵县 官庄镇 太平铺村')).toBeTruthy();
    await tap('登记并开始计时');
    expect(await screen.findByText('请选择舆情等级')).toBeTruthy();
    await tap('重大');
    fireEvent.change(screen.getByPlaceholderText(/舆情摘要/), { target: { value: '网传某村有儿童被伤害的视频。' } });
    fireEvent.input(screen.getByPlaceholderText('链接或来源说明，如：某短视频平台'), {
      target: { value: 'https://example.org/v/1' },
    });
    await tap('登记并开始计时');

    await waitFor(() => expect(navigations).toEqual([`${ROUTES.opinionCase}?id=${ID}`]));
    const registered = server.requests.filter((r) => r.method === 'POST' && r.url === '/api/opinion-cases');
    expect(registered.map(bodyOf)).toEqual([
      {
        regionCode: '431222114200',
        severity: 'high',
        description: '网传某村有儿童被伤害的视频。',
        source: 'https://example.org/v/1',
      },
    ]);
  });

  it('is not offered to a county', async () => {
    signIn(COUNTY);
    render(<NewOpinionCasePage />);
    expect(screen.getByText(/舆情由省、市妇联登记，再逐级下发/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: '登记并开始计时' })).toBeNull();
  });
});

describe('a case at the county', () => {
  beforeEach(() => openWith({ id: ID }));

  it('shows who held it for how long, level by level, and the live clocks', async () => {
    signIn(COUNTY);
    render(<OpinionCasePage />);
    expect(await screen.findByText('网传某村有儿童被邻居伤害的视频。')).toBeTruthy();
    expect(steps()).toEqual([
      '湖南省妇联 持有 12 分钟，已下发',
      '怀化市妇联 持有 15 分钟，已下发（超时）',
      '沅陵县妇联 持有 3 分钟，待受理',
    ]);
    expect(screen.getByText(/^还剩 [67] 分钟$/)).toBeTruthy();
    expect(screen.getByText(/^还剩 1 小时 (29|30) 分钟$/)).toBeTruthy();
    expect(screen.getByText('来源')).toBeTruthy();
  });

  it('is acknowledged and handed on to the town by the county, which then only follows it', async () => {
    signIn(COUNTY);
    actions.acknowledge = () => {
      item = {
        ...item,
        steps: item.steps.map((s) => (s.level === 'county' ? { ...s, acknowledgedAt: ago(0) } : s)),
      };
      return { status: 200, body: item };
    };
    actions['hand-on'] = () => {
      item = handedToTown(item);
      return { status: 200, body: item };
    };
    render(<OpinionCasePage />);
    await tap('受理');
    expect(await screen.findByText('已受理')).toBeTruthy();
    expect(steps()[2]).toBe('沅陵县妇联 持有 3 分钟，已受理，正在办理');
    expect(screen.queryByRole('button', { name: '受理' })).toBeNull();

    await tap('下发给官庄镇妇联');
    expect(await screen.findByText('已下发给官庄镇妇联')).toBeTruthy();
    expect(steps()).toHaveLength(4);
    expect(steps()[3]).toBe('官庄镇妇联 持有 0 秒，待受理');
    expect(screen.getByText('现由官庄镇妇联办理，您可以在这里查看进度。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /下发给/ })).toBeNull();
    expect(posted('acknowledge')).toHaveLength(1);
    expect(posted('hand-on')).toHaveLength(1);
  });

  it("shows the server's sentence when the case is no longer hers, and the case as it is now", async () => {
    signIn(COUNTY);
    actions['hand-on'] = () => {
      item = handedToTown(item);
      return error(403, 'FORBIDDEN', '这件事现在由乡镇办理，你可以查看进度');
    };
    render(<OpinionCasePage />);
    await tap('下发给官庄镇妇联');
    expect(await screen.findByText('这件事现在由乡镇办理，你可以查看进度')).toBeTruthy();
    expect(await screen.findByText('现由官庄镇妇联办理，您可以在这里查看进度。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /下发给/ })).toBeNull();
  });

  it('offers the city, which handed it on, no action', async () => {
    signIn(CITY);
    render(<OpinionCasePage />);
    expect(await screen.findByText('现由沅陵县妇联办理，您可以在这里查看进度。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '受理' })).toBeNull();
    expect(screen.queryByRole('button', { name: /下发给/ })).toBeNull();
  });
});

describe('a case at the town', () => {
  beforeEach(() => {
    openWith({ id: ID });
    item = handedToTown(atCounty());
  });

  it('reports the verified facts and the service started, which ends the 2112 clocks', async () => {
    signIn(TOWN);
    actions.feedback = (request) => {
      const body = bodyOf(request);
      item = {
        ...item,
        status: 'feedback_reported',
        feedback: `核实情况：${String(body.facts)}\n已启动服务：${String(body.serviceStarted)}`,
        feedbackAt: ago(0),
        steps: item.steps.map((s) => (s.level === 'town' ? { ...s, acknowledgedAt: ago(0) } : s)),
      };
      return { status: 200, body: item };
    };
    render(<OpinionCasePage />);
    await tap('上报核实反馈');
    expect(await screen.findByText('请写下核实的情况')).toBeTruthy();
    fireEvent.change(screen.getByPlaceholderText(/到现场或电话核实的情况/), {
      target: { value: '已到村核实，视频为三年前旧事。' },
    });
    await tap('上报核实反馈');
    expect(await screen.findByText('请写下已经启动的服务')).toBeTruthy();
    fireEvent.change(screen.getByPlaceholderText(/如：已联系一站式取证救助中心/), {
      target: { value: '儿童服务站开始心理疏导' },
    });
    await tap('上报核实反馈');

    expect(await screen.findByText('已上报核实情况，2112 办理完成')).toBeTruthy();
    expect(posted('feedback').map(bodyOf)).toEqual([
      { facts: '已到村核实，视频为三年前旧事。', serviceStarted: '儿童服务站开始心理疏导' },
    ]);
    expect(screen.getByText(/核实情况：已到村核实/)).toBeTruthy();
    expect(steps()[3]).toMatch(/^官庄镇妇联 持有 \d+ 秒，已反馈$/);
    expect(screen.queryByText(/反馈期限/)).toBeNull();
    expect(screen.queryByRole('button', { name: '上报核实反馈' })).toBeNull();
  });
});
