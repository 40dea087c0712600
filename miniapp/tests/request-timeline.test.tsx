import { render, screen } from '@testing-library/react';
import type { ApiSchemas } from '@hulei/shared';
import RequestPage from '../src/packages/cadre/request/index';
import { TOWN, openWith, signIn, tearDownCadrePage, watchNavigation } from './support/cadre';
import { FakeApiServer } from './support/fake-api-server';

type Detail = ApiSchemas['HelpRequestDetailDto'];
const MINUTE = 60_000;
const ago = (minutes: number) => new Date(Date.now() - minutes * MINUTE).toISOString();
const ahead = (minutes: number) => new Date(Date.now() + minutes * MINUTE).toISOString();
const NAMES: Record<string, string> = {
  '431222114200': '太平铺村',
  '431222114': '官庄镇',
  '431222': '沅陵县',
  '4312': '怀化市',
};

/** An urgent request of 太平铺村 nobody acknowledged: the clocks moved it up to the city, which missed it too. */
const CLIMBED = {
  id: '5a0e3c1e-8d4a-4e6b-9f1a-0c2d3e4f5a6b',
  category: 'sexual_abuse',
  status: 'submitted',
  urgency: 'urgent',
  regionCode: '431222114200',
  handlingLevel: 'city',
  createdAt: ago(130),
  dueAt: ahead(10),
  policeReportOverdue: false,
  regionName: '太平铺村',
  requesterRole: 'child',
  description: '有人欺负我。',
  contactPhone: null,
  acknowledgedAt: null,
  policeReported: false,
  closurePending: false,
  closureReason: null,
  erasureRequested: false,
  erased: false,
  messages: [],
  policeReports: [],
  events: [
    { kind: 'submitted', at: ago(130), level: 'village', regionCode: '431222114200' },
    { kind: 'escalated', at: ago(100), level: 'town', regionCode: '431222114', data: 'missed_village' },
    { kind: 'escalated', at: ago(70), level: 'county', regionCode: '431222', data: 'missed_town' },
    { kind: 'escalated', at: ago(40), level: 'city', regionCode: '4312', data: 'missed_county' },
    { kind: 'deadline_missed', at: ago(10), level: 'city', regionCode: '4312' },
  ],
} as Detail;

/** Then the city acknowledged it, and nobody recorded the 强制报告 in time. */
const UNREPORTED = {
  ...CLIMBED,
  id: '6b1f4d2f-9e5b-4f7c-8a2b-1d3e4f5a6b7c',
  status: 'acknowledged',
  acknowledgedAt: ago(8),
  dueAt: null,
  policeReportOverdue: true,
  events: [
    ...CLIMBED.events,
    { kind: 'acknowledged', at: ago(8), level: 'city', regionCode: '4312', actorName: '怀化市妇联' },
    { kind: 'police_report_overdue', at: ago(5), level: 'county', regionCode: '431222' },
  ],
} as Detail;

let server: FakeApiServer;

beforeEach(async () => {
  server = new FakeApiServer(({ url }) => {
    const region = /^\/api\/regions\/(\d+)$/.exec(url);
    if (region) return { status: 200, body: { code: region[1], name: NAMES[region[1]] ?? region[1] } };
    const detail = [CLIMBED, UNREPORTED].find((item) => url === `/api/cadre/help-requests/${item.id}`);
    if (detail) return { status: 200, body: detail };
    return { status: 404 };
  });
  globalThis.HULEI_API_BASE = await server.start();
  watchNavigation();
  signIn(TOWN);
});

afterEach(() => tearDownCadrePage(server));

describe('the timeline of a request the clocks moved', () => {
  it('says where each missed deadline sent it, in plain words, and counts down the new one', async () => {
    openWith({ id: CLIMBED.id });
    render(<RequestPage />);
    expect(await screen.findByText('超时未受理，已转官庄镇处理')).toBeTruthy();
    expect(await screen.findByText('超时未受理，已转沅陵县处理')).toBeTruthy();
    expect(await screen.findByText('超时未受理，已转怀化市处理')).toBeTruthy();
    expect(screen.getByText('超时未受理，已再次提醒怀化市妇联')).toBeTruthy();
    expect(screen.getByText('收到求助')).toBeTruthy();
    expect(screen.getByText('处理层级').nextSibling?.textContent).toBe('市');
    expect(screen.getByText(/^还剩 (9|10) 分钟$/).className).toContain('countdown--warn');
  });

  it('tells that a missed police report went to the county, and shows it red', async () => {
    openWith({ id: UNREPORTED.id });
    render(<RequestPage />);
    expect(await screen.findByText('强制报告超时未记录，已通知沅陵县妇联督办')).toBeTruthy();
    expect(screen.getByText(/^强制报告已超时：请立即向公安机关报告/)).toBeTruthy();
    expect(screen.getByText('受理（怀化市妇联）')).toBeTruthy();
    // Acknowledged: no acknowledgement deadline is left to count down.
    expect(screen.queryByText('受理期限')).toBeNull();
  });
});
