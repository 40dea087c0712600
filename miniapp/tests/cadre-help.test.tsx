import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ApiSchemas } from '@hulei/shared';
import InboxPage from '../src/packages/cadre/inbox/index';
import RequestPage from '../src/packages/cadre/request/index';
import { CHAIR, TOWN, bodyOf, error, openWith, signIn, tearDownCadrePage, watchNavigation } from './support/cadre';
import { FakeApiServer, type RecordedRequest, type Reply } from './support/fake-api-server';

type Detail = ApiSchemas['HelpRequestDetailDto'];
const ID = '2b7f3c1e-8d4a-4e6b-9f1a-0c2d3e4f5a6b';
const HOUR = 3600_000;

function detailOf(extra: Partial<Detail> = {}): Detail {
  return {
    id: ID,
    category: 'sexual_abuse',
    status: 'submitted',
    urgency: 'urgent',
    regionCode: '431222114200',
    handlingLevel: 'village',
    createdAt: new Date(Date.now() - 3 * HOUR).toISOString(),
    dueAt: new Date(Date.now() + HOUR).toISOString(),
    policeReportOverdue: false,
    regionName: '太平铺村',
    requesterRole: 'child',
    description: '邻居叔叔总让我去他家，还摸我。',
    contactPhone: null,
    acknowledgedAt: null,
    policeReported: false,
    closurePending: false,
    erasureRequested: false,
    erased: false,
    closureReason: null,
    messages: [],
    events: [
      {
        kind: 'submitted',
        at: new Date(Date.now() - 3 * HOUR).toISOString(),
        level: 'village',
        regionCode: '431222114200',
      },
    ],
    policeReports: [],
    ...extra,
  };
}

let server: FakeApiServer;
let inboxTotal: number;
let detail: Detail;
/** Answers for POST actions on the request, by action name. */
let actions: Record<string, (request: RecordedRequest) => Reply>;

beforeEach(async () => {
  localStorage.clear();
  detail = detailOf();
  inboxTotal = 2;
  actions = {};
  server = new FakeApiServer((request) => {
    const path = request.url.split('?')[0];
    if (path.startsWith('/api/regions/')) return { status: 200, body: { code: '431222114200', name: '太平铺村' } };
    if (path === '/api/cadre/help-requests')
      return {
        status: 200,
        body: {
          items: [
            detailOf({ policeReportOverdue: true }),
            detailOf({ id: 'b2', category: 'bullying', urgency: 'normal', status: 'acknowledged' }),
          ],
          total: inboxTotal,
        },
      };
    if (path === `/api/cadre/help-requests/${ID}`) return { status: 200, body: detail };
    const action = path.slice(`/api/cadre/help-requests/${ID}/`.length);
    return actions[action]?.(request) ?? { status: 404 };
  });
  globalThis.HULEI_API_BASE = await server.start();
  watchNavigation();
});

afterEach(() => tearDownCadrePage(server));

const tap = async (name: string | RegExp) => fireEvent.click(await screen.findByRole('button', { name }));
const posted = (action: string) => server.requests.filter((r) => r.url === `/api/cadre/help-requests/${ID}/${action}`);

describe('help inbox', () => {
  it('shows each request with its kind, urgency, village, level, age and due time, and filters them', async () => {
    signIn(CHAIR);
    render(<InboxPage />);
    expect(await screen.findByText('共 2 条')).toBeTruthy();
    const first = (await screen.findAllByRole('button', { name: /性侵害/ })).find((b) =>
      b.className.includes('inbox__item'),
    ) as HTMLElement;
    expect(within(first).getByText('紧急')).toBeTruthy();
    expect(await within(first).findByText(/太平铺村 · 由村处理 · 3 小时前/)).toBeTruthy();
    expect(within(first).getByText(/^受理期限：还剩 (59 分钟|1 小时)$/)).toBeTruthy();
    expect(within(first).getByText('强制报告已超时，请立即报告并记录')).toBeTruthy();
    expect(screen.getAllByText('强制报告已超时，请立即报告并记录')).toHaveLength(1);
    expect(first.getAttribute('class')).toContain('inbox__item');

    await tap('已受理');
    await tap('紧急');
    await waitFor(() =>
      expect(server.requests.map((r) => r.url)).toContain(
        '/api/cadre/help-requests?status=acknowledged&urgency=urgent&page=1&pageSize=20',
      ),
    );
    expect(server.requests.every((r) => !r.url.startsWith('/api/cadre') || r.headers.authorization)).toBe(true);
  });

  it('pages through a long inbox one page at a time', async () => {
    signIn(TOWN);
    inboxTotal = 45;
    render(<InboxPage />);
    expect(await screen.findByText('第 1 页，共 3 页')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '上一页' })).toBeNull();
    await tap('下一页');
    expect(await screen.findByText('第 2 页，共 3 页')).toBeTruthy();
    expect(screen.getByRole('button', { name: '上一页' })).toBeTruthy();
    await waitFor(() =>
      expect(server.requests.filter((r) => r.url.startsWith('/api/cadre/help-requests?')).map((r) => r.url)).toEqual([
        '/api/cadre/help-requests?page=1&pageSize=20',
        '/api/cadre/help-requests?page=2&pageSize=20',
      ]),
    );
  });
});

describe('a request in the workbench', () => {
  beforeEach(() => openWith({ id: ID }));

  it('is acknowledged, answered, and closed without a police report only with a reason the town reviews', async () => {
    signIn(CHAIR);
    actions.acknowledge = () => {
      detail = { ...detail, status: 'acknowledged', acknowledgedAt: new Date().toISOString() };
      return { status: 200, body: detail };
    };
    actions.messages = (request) => {
      detail = {
        ...detail,
        messages: [
          {
            from: 'cadre',
            body: String(bodyOf(request).body),
            createdAt: new Date().toISOString(),
            authorName: '李春兰',
          },
        ],
      };
      return { status: 201 };
    };
    actions.close = () => ({ status: 200, body: { status: 'acknowledged', closurePending: true } });

    render(<RequestPage />);
    expect(await screen.findByText('邻居叔叔总让我去他家，还摸我。')).toBeTruthy();
    expect(screen.getByText('求助人没有留电话，只能通过回复联系。')).toBeTruthy();
    expect(screen.getByText('未报告')).toBeTruthy();

    await tap('受理');
    expect(await screen.findByText('已受理', { selector: '.cadre__notice--success' })).toBeTruthy();
    expect(screen.getByText('已受理', { selector: '.cadre__row-value' })).toBeTruthy();

    fireEvent.change(screen.getByPlaceholderText(/回复求助人/), { target: { value: '我们明天就来。' } });
    await tap('发送回复');
    expect(await screen.findByText('我们明天就来。', { selector: 'div' })).toBeTruthy();
    expect(bodyOf(posted('messages')[0])).toEqual({ body: '我们明天就来。' });

    await tap('结案');
    expect(screen.getByText(/还没有强制报告记录：结案必须写明理由，并由乡镇妇联审核/)).toBeTruthy();
    fireEvent.click(screen.getAllByRole('button', { name: '结案' })[1]);
    expect(await screen.findByText('性侵害类求助没有强制报告记录，结案必须写明理由')).toBeTruthy();
    expect(posted('close')).toEqual([]);

    fireEvent.change(screen.getByPlaceholderText('结案理由（必填）'), {
      target: { value: '家长已带孩子报警，派出所已受理' },
    });
    fireEvent.click(screen.getAllByRole('button', { name: '结案' })[1]);
    expect(await screen.findByText('已提交乡镇审核，审核通过后结案')).toBeTruthy();
    expect(bodyOf(posted('close')[0])).toEqual({ reason: '家长已带孩子报警，派出所已受理' });
  });

  it('records the mandatory police report with the station, the time and a reference', async () => {
    signIn(CHAIR);
    actions['police-report'] = (request) => {
      const body = bodyOf(request);
      detail = {
        ...detail,
        policeReported: true,
        policeReports: [
          { policeStation: String(body.policeStation), reportedAt: String(body.reportedAt), reference: null },
        ],
      };
      return { status: 200, body: detail };
    };
    render(<RequestPage />);
    await tap('记录强制报告');
    expect(screen.getByText(/应当立即向公安机关报告/)).toBeTruthy();
    fireEvent.click(screen.getAllByRole('button', { name: '记录强制报告' })[1]);
    expect(await screen.findByText('请填写向哪个派出所报告')).toBeTruthy();

    fireEvent.input(screen.getByPlaceholderText('如：官庄派出所'), { target: { value: '官庄派出所' } });
    fireEvent.change(screen.getByLabelText('报告时间'), { target: { value: '2026-11-30T09:30' } });
    fireEvent.input(screen.getByPlaceholderText('回执或案件编号（可不填）'), { target: { value: 'GZ-2026-118' } });
    fireEvent.click(screen.getAllByRole('button', { name: '记录强制报告' })[1]);
    expect(await screen.findByText('强制报告已记录')).toBeTruthy();
    expect(screen.getByText('已报告')).toBeTruthy();
    expect(bodyOf(posted('police-report')[0])).toEqual({
      policeStation: '官庄派出所',
      reportedAt: new Date('2026-11-30T09:30').toISOString(),
      reference: 'GZ-2026-118',
    });
  });

  it("shows the server's sentence when an action is refused", async () => {
    signIn(CHAIR);
    actions.referrals = () => error(409, 'CONFLICT', '这个求助已经结案，不能再转介');
    render(<RequestPage />);
    await tap('转介');
    await tap('一站式取证救助中心');
    fireEvent.click(screen.getAllByRole('button', { name: '转介' })[1]);
    expect(await screen.findByText('这个求助已经结案，不能再转介')).toBeTruthy();
    expect(bodyOf(posted('referrals')[0])).toEqual({ department: 'one_stop_centre' });
  });

  it('lets the town federation approve a closure the village asked for', async () => {
    signIn(TOWN);
    detail = detailOf({ status: 'acknowledged', closurePending: true, closureReason: '家长已报警' });
    actions['closure-review'] = () => ({ status: 200, body: { status: 'closed', closurePending: false } });
    render(<RequestPage />);
    expect(await screen.findByText(/已申请结案，等待乡镇审核。理由：家长已报警/)).toBeTruthy();
    await tap('审核结案');
    await tap('同意结案');
    expect(await screen.findByText('已同意结案')).toBeTruthy();
    expect(bodyOf(posted('closure-review')[0])).toEqual({ approve: true });
  });

  it('offers no review to a village chair', async () => {
    signIn(CHAIR);
    detail = detailOf({ status: 'acknowledged', closurePending: true });
    render(<RequestPage />);
    await screen.findByText(/已申请结案/);
    expect(screen.queryByRole('button', { name: '审核结案' })).toBeNull();
  });
});
