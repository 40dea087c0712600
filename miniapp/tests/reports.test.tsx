import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ApiSchemas } from '@hulei/shared';
import DashboardPage from '../src/packages/reports/dashboard/index';
import ReportPage from '../src/packages/reports/index';
import { CHAIR, TOWN, bodyOf, error, openWith, signIn, tearDownCadrePage, watchNavigation } from './support/cadre';
import { FakeApiServer, type RecordedRequest, type Reply } from './support/fake-api-server';

type Report = ApiSchemas['ReportDto'];
type Dashboard = ApiSchemas['DashboardDto'];

const PERIOD = '2026-10';
const TAIPINGPU = '431222114200';

function reportOf(extra: Partial<Report> = {}): Report {
  return {
    regionCode: TAIPINGPU,
    regionName: '太平铺村',
    level: 'village',
    period: PERIOD,
    kind: 'monthly',
    periodLabel: '2026年10月',
    from: '2026-09-30T16:00:00.000Z',
    to: '2026-10-31T16:00:00.000Z',
    asOf: '2026-11-02T02:00:00.000Z',
    live: true,
    hidden: false,
    status: 'draft',
    dueAt: '2026-11-05T16:00:00.000Z',
    late: false,
    submittedAt: null,
    submissions: 0,
    returnedAt: null,
    returnComment: null,
    canEdit: true,
    canSubmit: true,
    canReturn: false,
    narrative: { experience: null, problems: null, suggestions: null },
    sections: [
      {
        key: 'help',
        title: '三、求助处置',
        tables: [
          {
            key: 'helpSummary',
            title: '本月收到的求助',
            columns: [
              { key: 'received', label: '收到（条）', kind: 'count' },
              { key: 'referred', label: '转介相关部门', kind: 'count' },
            ],
            rows: [{ key: 'all', label: '合计', cells: [3, 1] }],
          },
          {
            key: 'byUrgency',
            title: '按紧急程度',
            columns: [
              { key: 'received', label: '收到', kind: 'count' },
              { key: 'inTimeRate', label: '按时受理率（%）', kind: 'percent' },
            ],
            rows: [
              { key: 'urgent', label: '紧急', cells: [1, 100] },
              { key: 'normal', label: '一般', cells: [2, 50] },
              { key: 'total', label: '合计', total: true, cells: [3, 66.7] },
            ],
          },
        ],
      },
    ],
    events: [],
    ...extra,
  };
}

const BOARD: Dashboard = {
  regionCode: '431222114',
  regionName: '官庄镇',
  level: 'town',
  month: PERIOD,
  monthLabel: '2026年10月',
  hidden: true,
  charts: [
    {
      key: 'helpTrend',
      title: '近 2 个月收到的求助',
      kind: 'columns',
      unit: 'count',
      series: [{ key: 'received', label: '求助' }],
      table: {
        key: 'helpTrend',
        title: '逐月求助',
        columns: [{ key: 'received', label: '求助', kind: 'count' }],
        rows: [
          { key: '2026-09', label: '9月', cells: [4] },
          { key: '2026-10', label: '10月', cells: [8] },
        ],
      },
    },
    {
      key: 'byRegion',
      title: '本月各地区求助',
      kind: 'bars',
      unit: 'count',
      series: [{ key: 'received', label: '求助' }],
      table: {
        key: 'byRegion',
        title: '分地区',
        columns: [{ key: 'received', label: '求助', kind: 'count' }],
        rows: [
          { key: TAIPINGPU, label: '太平铺村', cells: ['<5'] },
          { key: '431222114203', label: '海沙坪村', cells: [6] },
          { key: 'total', label: '合计', total: true, cells: [8] },
        ],
      },
    },
  ],
};

let server: FakeApiServer;
let report: Report;
let routes: Record<string, (request: RecordedRequest) => Reply>;

beforeEach(async () => {
  localStorage.clear();
  report = reportOf();
  routes = {};
  server = new FakeApiServer((request) => {
    const path = request.url.split('?')[0];
    const own = routes[`${request.method} ${path}`];
    if (own) return own(request);
    if (path === `/api/cadre/reports/${TAIPINGPU}/${PERIOD}`) return { status: 200, body: report };
    if (path.startsWith('/api/cadre/dashboards/')) return { status: 200, body: BOARD };
    return { status: 404 };
  });
  globalThis.HULEI_API_BASE = await server.start();
});

afterEach(() => tearDownCadrePage(server));

const tap = async (name: string | RegExp) => fireEvent.click(await screen.findByRole('button', { name }));

describe('数据看板', () => {
  it('draws each chart from its table, a hidden count as a hatched stub marked "<5"', async () => {
    signIn(TOWN);
    openWith({});
    render(<DashboardPage />);
    expect(await screen.findByText('官庄镇 · 2026年10月')).toBeTruthy();
    expect(screen.getByText(/显示为“<5”，图上画成斜纹短条/)).toBeTruthy();
    const bars = screen.getByLabelText('本月各地区求助');
    const fills = bars.querySelectorAll('.chart__fill');
    expect(fills).toHaveLength(2);
    expect(fills[0].className).toContain('chart__fill--hidden');
    expect((fills[1] as HTMLElement).style.width).toBe('100%');
    expect(within(bars).getByText('<5')).toBeTruthy();
    const columns = screen.getByLabelText('近 2 个月收到的求助').querySelectorAll('.chart__column');
    expect([...columns].map((c) => (c as HTMLElement).style.height)).toEqual(['50%', '100%']);
    const table = screen.getByLabelText('分地区');
    expect(within(table).getByText('海沙坪村')).toBeTruthy();
    expect(within(table).getByText('合计')).toBeTruthy();
    await waitFor(() =>
      expect(server.requests.map((r) => r.url)).toContain(
        `/api/cadre/dashboards/431222114?month=${new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7)}`,
      ),
    );
  });
});

describe('工作月报', () => {
  it('lets the chair write her month’s words and submit them to the town', async () => {
    signIn(CHAIR);
    openWith({ period: PERIOD });
    routes[`PUT /api/cadre/reports/${TAIPINGPU}/${PERIOD}/narrative`] = (request) => {
      report = {
        ...report,
        narrative: { experience: null, problems: null, suggestions: null, ...bodyOf(request) } as Report['narrative'],
      };
      return { status: 200, body: report };
    };
    routes[`POST /api/cadre/reports/${TAIPINGPU}/${PERIOD}/submit`] = () => {
      report = {
        ...report,
        status: 'submitted',
        canEdit: false,
        canSubmit: false,
        submittedAt: '2026-11-03T01:00:00.000Z',
        submissions: 1,
        live: false,
      };
      return { status: 200, body: report };
    };
    render(<ReportPage />);
    expect(await screen.findByText('太平铺村 · 2026年10月工作月报')).toBeTruthy();
    expect(screen.getByText('2026-11-05（含当天）')).toBeTruthy();
    // A one-row table reads as label and value; a longer one as a grid with its total.
    expect(within(screen.getByLabelText('本月收到的求助')).getByText('转介相关部门')).toBeTruthy();
    expect(within(screen.getByLabelText('按紧急程度')).getByText('66.7')).toBeTruthy();

    fireEvent.change(screen.getByPlaceholderText('工作经验和做法（可不填）'), { target: { value: '赶集日设摊宣传' } });
    await tap('上报给上一级');
    expect(await screen.findByText('已上报')).toBeTruthy();
    expect(screen.getByText('赶集日设摊宣传')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '上报给上一级' })).toBeNull();
    const sent = server.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.url}`);
    expect(sent).toEqual([
      `PUT /api/cadre/reports/${TAIPINGPU}/${PERIOD}/narrative`,
      `POST /api/cadre/reports/${TAIPINGPU}/${PERIOD}/submit`,
    ]);
    expect(bodyOf(server.requests.find((r) => r.method === 'PUT')!)).toEqual({
      experience: '赶集日设摊宣传',
      problems: '',
      suggestions: '',
    });
  });

  it('shows the server’s sentence when a second submission is refused', async () => {
    signIn(CHAIR);
    openWith({ period: PERIOD });
    routes[`PUT /api/cadre/reports/${TAIPINGPU}/${PERIOD}/narrative`] = () => ({ status: 200, body: report });
    routes[`POST /api/cadre/reports/${TAIPINGPU}/${PERIOD}/submit`] = () =>
      error(409, 'CONFLICT', '本期报告已经上报过了，不能重复上报');
    render(<ReportPage />);
    await tap('上报给上一级');
    expect(await screen.findByText('本期报告已经上报过了，不能重复上报')).toBeTruthy();
  });

  it('lets the town return a village’s submitted report with its reason', async () => {
    signIn(TOWN);
    openWith({ region: TAIPINGPU, period: PERIOD });
    report = reportOf({ status: 'submitted', canEdit: false, canSubmit: false, canReturn: true, hidden: true });
    routes[`POST /api/cadre/reports/${TAIPINGPU}/${PERIOD}/return`] = (request) => {
      report = {
        ...report,
        status: 'returned',
        canReturn: false,
        returnComment: String(bodyOf(request).comment),
        returnedByName: '官庄镇妇联',
      };
      return { status: 200, body: report };
    };
    render(<ReportPage />);
    expect(screen.getByText('下级报告')).toBeTruthy();
    expect(await screen.findByText(/小数字保护/)).toBeTruthy();
    fireEvent.change(screen.getByPlaceholderText('写明需要补充或修改的地方'), { target: { value: '请补充走访情况' } });
    await tap('退回');
    expect(await screen.findByText('官庄镇妇联退回了这份报告：请补充走访情况')).toBeTruthy();
  });

  it('shows the town who below has submitted and opens a village’s report', async () => {
    const calls = watchNavigation();
    signIn(TOWN);
    openWith({ period: PERIOD });
    routes[`GET /api/cadre/reports/431222114/${PERIOD}`] = () => ({
      status: 200,
      body: reportOf({ regionCode: '431222114', regionName: '官庄镇', level: 'town' }),
    });
    routes[`GET /api/cadre/reports/431222114/${PERIOD}/submissions`] = () => ({
      status: 200,
      body: {
        regionCode: '431222114',
        regionName: '官庄镇',
        period: PERIOD,
        periodLabel: '2026年10月',
        expected: 2,
        submitted: 1,
        late: 1,
        items: [
          {
            regionCode: TAIPINGPU,
            regionName: '太平铺村',
            expected: true,
            status: 'submitted',
            dueAt: report.dueAt,
            late: false,
            submittedAt: report.dueAt,
            submittedLate: false,
            returnComment: null,
          },
          {
            regionCode: '431222114203',
            regionName: '海沙坪村',
            expected: true,
            status: 'none',
            dueAt: report.dueAt,
            late: true,
            submittedAt: null,
            submittedLate: false,
            returnComment: null,
          },
          {
            regionCode: '431222114201',
            regionName: '东溪村',
            expected: false,
            status: 'none',
            dueAt: report.dueAt,
            late: false,
            submittedAt: null,
            submittedLate: false,
            returnComment: null,
          },
        ],
      },
    });
    render(<ReportPage />);
    expect(await screen.findByText('下级上报情况：应报 2，已报 1，逾期 1')).toBeTruthy();
    expect(screen.getByText('逾期未报')).toBeTruthy();
    expect(screen.queryByText('东溪村')).toBeNull();
    fireEvent.click(screen.getByText('太平铺村'));
    expect(calls).toEqual([`/packages/reports/index?region=${TAIPINGPU}&period=${PERIOD}`]);
  });
});
