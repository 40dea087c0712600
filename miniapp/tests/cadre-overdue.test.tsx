import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ApiSchemas } from '@hulei/shared';
import OverduePage from '../src/packages/cadre/overdue/index';
import { TOWN, signIn, tearDownCadrePage, watchNavigation } from './support/cadre';
import { FakeApiServer } from './support/fake-api-server';

type Item = ApiSchemas['InboxItemDto'];
const MINUTE = 60_000;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
const ahead = (ms: number) => new Date(Date.now() + ms).toISOString();

const NAMES: Record<string, string> = { '431222114200': '太平铺村', '431222114203': '海沙坪村' };

function itemOf(id: string, extra: Partial<Item> = {}): Item {
  return {
    id,
    category: 'bullying',
    status: 'submitted',
    urgency: 'urgent',
    regionCode: '431222114200',
    handlingLevel: 'village',
    createdAt: ago(60 * MINUTE),
    dueAt: ahead(20 * MINUTE),
    policeReportOverdue: false,
    ...extra,
  } as Item;
}

/** Overdue: one past its deadline at the village, one red for a missed police report (already acknowledged). */
const LATE = itemOf('late', { dueAt: ago(3 * MINUTE) });
const RED = itemOf('red', { category: 'sexual_abuse', status: 'acknowledged', dueAt: null, policeReportOverdue: true });
/** Moved to the town by the clock, with a new deadline there. */
const MOVED = itemOf('moved', { category: 'neglect', regionCode: '431222114203', handlingLevel: 'town' });

let server: FakeApiServer;

beforeEach(async () => {
  server = new FakeApiServer(({ url }) => {
    const { pathname, searchParams } = new URL(url, 'http://api');
    const region = /^\/api\/regions\/(\d+)$/.exec(pathname);
    if (region) return { status: 200, body: { code: region[1], name: NAMES[region[1]] ?? region[1] } };
    if (pathname === '/api/cadre/help-requests') {
      const level = searchParams.get('level');
      const atLevel = (items: Item[]) => items.filter((item) => !level || item.handlingLevel === level);
      if (searchParams.get('overdue') === 'true') {
        const items = atLevel([LATE, RED]);
        return { status: 200, body: { items, total: items.length } };
      }
      if (searchParams.get('status') === 'submitted') {
        const items = atLevel([MOVED]);
        return { status: 200, body: { items, total: items.length } };
      }
    }
    return { status: 404 };
  });
  globalThis.HULEI_API_BASE = await server.start();
  watchNavigation();
  signIn(TOWN);
});

afterEach(() => tearDownCadrePage(server));

const rows = () => document.querySelectorAll<HTMLElement>('.inbox__item');
const listQueries = () =>
  server.requests.map((r) => r.url).filter((url) => url.startsWith('/api/cadre/help-requests?'));

describe('超时求助, the overdue view of a level', () => {
  it('lists red police-report flags first, then requests past their deadline, then those moved up a level', async () => {
    render(<OverduePage />);
    await waitFor(() => expect(rows()).toHaveLength(3));
    const [red, late, moved] = Array.from(rows());

    expect(within(red).getByText('性侵害')).toBeTruthy();
    expect(within(red).getByText('强制报告已超时，请立即报告并记录')).toBeTruthy();

    expect(within(late).getByText('校园欺凌')).toBeTruthy();
    expect(within(late).getByText('受理期限：已超时 3 分钟').className).toContain('countdown--late');

    expect(await within(moved).findByText(/海沙坪村 · 由乡镇处理/)).toBeTruthy();
    expect(within(moved).getByText(/^受理期限：还剩 (19|20) 分钟$/).className).not.toContain('countdown--late');

    const headings = Array.from(document.querySelectorAll('.overdue__heading')).map((h) => h.textContent);
    expect(headings).toEqual(['已超时', '超时未受理，已转上级']);
    // The moved request is looked for at each level above the village, not among the villages' fresh ones.
    expect(listQueries().sort()).toEqual([
      '/api/cadre/help-requests?overdue=true&page=1&pageSize=100',
      '/api/cadre/help-requests?status=submitted&level=city&page=1&pageSize=100',
      '/api/cadre/help-requests?status=submitted&level=county&page=1&pageSize=100',
      '/api/cadre/help-requests?status=submitted&level=town&page=1&pageSize=100',
    ]);
  });

  it('shows one level at a time', async () => {
    render(<OverduePage />);
    await waitFor(() => expect(rows()).toHaveLength(3));
    fireEvent.click(screen.getByRole('button', { name: '村' }));
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(screen.queryByText('超时未受理，已转上级')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: '县' }));
    expect(await screen.findByText('没有超时的求助。')).toBeTruthy();
    expect(await screen.findByText('没有转到上级的求助。')).toBeTruthy();
    expect(rows()).toHaveLength(0);
    expect(listQueries()).toEqual(
      expect.arrayContaining([
        '/api/cadre/help-requests?overdue=true&level=village&page=1&pageSize=100',
        '/api/cadre/help-requests?overdue=true&level=county&page=1&pageSize=100',
        '/api/cadre/help-requests?status=submitted&level=county&page=1&pageSize=100',
      ]),
    );
    expect(listQueries()).not.toContain('/api/cadre/help-requests?status=submitted&level=village&page=1&pageSize=100');
  });
});
