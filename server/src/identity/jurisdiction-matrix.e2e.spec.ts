import type { Role } from '@hulei/shared';
import { signAccessToken } from '../common/crypto/tokens';
import type { MatrixCases } from '../testing/jurisdiction-matrix';
import { listRoutes, type RouteInfo } from '../testing/route-table';
import { startTestApp, type TestApp } from '../testing/test-app';
import { AccountsRepository } from './accounts.repository';
import { AccountsService } from './accounts.service';
import { IDENTITY_MATRIX } from './identity.matrix';
import { HELP_REQUESTS_MATRIX } from '../help-requests/help-requests.matrix';
import { CONTENT_MATRIX } from '../content/content.matrix';
import { QUIZZES_MATRIX } from '../quizzes/quizzes.matrix';
import { MARKETS_MATRIX } from '../markets/markets.matrix';
import { SCREENING_MATRIX } from '../screening/screening.matrix';
import { CARE_MATRIX } from '../care/care.matrix';
import { NOTIFICATIONS_MATRIX } from '../notifications/notifications.matrix';
import { PUBLIC_OPINION_MATRIX } from '../public-opinion/public-opinion.matrix';
import { REPORTS_MATRIX } from '../reports/reports.matrix';
import { RegionsService } from '../regions/regions.service';

// Every capability with region-bound routes adds its cases here.
const CASES: MatrixCases = {
  ...IDENTITY_MATRIX,
  ...HELP_REQUESTS_MATRIX,
  ...CONTENT_MATRIX,
  ...QUIZZES_MATRIX,
  ...MARKETS_MATRIX,
  ...SCREENING_MATRIX,
  ...CARE_MATRIX,
  ...NOTIFICATIONS_MATRIX,
  ...PUBLIC_OPINION_MATRIX,
  ...REPORTS_MATRIX,
};

/**
 * Callers by the lowest federation level a route admits: one inside the record's region, the
 * record's twin just outside it, and the level above that sees both.
 */
const LADDER = {
  village: { caller: '13800000001', inside: '431222114200', outside: '431222114203', parent: '13800000003' },
  town: { caller: '13800000003', inside: '431222114200', outside: '431222115001', parent: '13800000004' },
  county: { caller: '13800000004', inside: '431222114200', outside: '431223100001', parent: '13800000005' },
  city: { caller: '13800000005', inside: '431222114200', outside: '430102001001', parent: '13700000043' },
} as const;

function ladderFor(route: RouteInfo) {
  const roles = route.access?.kind === 'cadre' ? route.access.roles : undefined;
  if (!roles || roles.includes('federation_village')) return LADDER.village;
  if (roles.includes('federation_town')) return LADDER.town;
  return roles.includes('federation_county') ? LADDER.county : LADDER.city;
}

describe('jurisdiction matrix, from the route table', () => {
  let t: TestApp;
  let routes: RouteInfo[];
  const tokens = new Map<string, string>();
  let disabledToken: string;

  beforeAll(async () => {
    t = await startTestApp({ regionRoot: '4312', demoAccounts: true });
    routes = listRoutes(t.app);
    // Another city's district, and a province account above both, for routes only a city may use.
    await t.app.get(RegionsService).importDivisions({ root: '430102' });
    await t.app.get(AccountsService).ensureAccount({
      phone: '13700000043',
      name: '湖南省妇联',
      role: 'federation_province',
      regionCode: '43',
      password: 'Province2026',
    });
    tokens.set('13700000043', await t.login('13700000043', 'Province2026'));
    for (const phone of ['13800000001', '13800000003', '13800000004', '13800000005'])
      tokens.set(phone, await t.login(phone));
    // A town account that logs in, then is disabled: its token must stop working everywhere.
    await t.app.get(AccountsService).ensureAccount({
      phone: '13700000999',
      name: '停用测试',
      role: 'federation_town' as Role,
      regionCode: '431222114',
      password: 'Disabled2026',
    });
    disabledToken = await t.login('13700000999', 'Disabled2026');
    const disabled = await t.app.get(AccountsRepository).findByPhone('13700000999');
    await t.app.get(AccountsRepository).update(disabled!.id, { status: 'disabled' });
  });
  afterAll(() => t.close());

  const send = (route: RouteInfo, path: string, body: object | undefined, token?: string) => {
    const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    const req = t.http()[method](path);
    if (token) req.set('Authorization', `Bearer ${token}`);
    return body ? req.send(body) : req;
  };

  it('has an access declaration on every route', () => {
    const undeclared = routes.filter((r) => !r.access).map((r) => `${r.key} (${r.handler})`);
    expect(undeclared).toEqual([]);
    expect(routes.length).toBeGreaterThan(10);
  });

  it('has a matrix case for every region-bound route, and no case for a route that is gone', () => {
    const regionBound = routes.filter((r) => r.access?.kind === 'cadre' && r.access.regionBound).map((r) => r.key);
    expect(regionBound.filter((key) => !CASES[key])).toEqual([]);
    expect(Object.keys(CASES).filter((key) => !regionBound.includes(key))).toEqual([]);
  });

  it('answers 401 on every cadre route without a token, with a forged one or a disabled account’s', async () => {
    const forged = signAccessToken({ sub: 'x', sid: 'y', iat: 0, exp: 4102444800 }, Buffer.alloc(32, 1));
    for (const route of routes.filter((r) => r.access?.kind === 'cadre')) {
      const path = route.path.replace(/:(\w+)/g, '00000000-0000-4000-8000-000000000000');
      for (const token of [undefined, forged, disabledToken]) {
        const res = await send(route, path, {}, token);
        expect({ route: route.key, status: res.status }).toEqual({ route: route.key, status: 401 });
      }
    }
  });

  it('hides records outside the caller’s region (404, or absent from lists) and shows them to the level above', async () => {
    const checked: string[] = [];
    for (const route of routes.filter((r) => r.access?.kind === 'cadre' && r.access.regionBound)) {
      const matrixCase = CASES[route.key];
      const ladder = ladderFor(route);
      const caller = tokens.get(ladder.caller)!;
      const parent = tokens.get(ladder.parent)!;
      const outcome = async (village: string, token: string) => {
        const { path, body, recordId } = await matrixCase.make(t, village);
        const res = await send(route, path, body, token);
        expect({ route: route.key, status: res.status < 500 }).toEqual({ route: route.key, status: true });
        if (!matrixCase.lists) return res.status === 404 ? 'hidden' : 'shown';
        expect({ route: route.key, status: res.status }).toEqual({ route: route.key, status: 200 });
        return matrixCase.lists(res.body, recordId) ? 'shown' : 'hidden';
      };
      expect({ route: route.key, own: await outcome(ladder.inside, caller) }).toEqual({
        route: route.key,
        own: 'shown',
      });
      expect({ route: route.key, other: await outcome(ladder.outside, caller) }).toEqual({
        route: route.key,
        other: 'hidden',
      });
      expect({ route: route.key, parentOwn: await outcome(ladder.inside, parent) }).toEqual({
        route: route.key,
        parentOwn: 'shown',
      });
      expect({ route: route.key, parentOther: await outcome(ladder.outside, parent) }).toEqual({
        route: route.key,
        parentOther: 'shown',
      });
      checked.push(route.key);
    }
    expect(checked.length).toBe(Object.keys(CASES).length);
    // Every region-bound route of every capability, four callers each: longer than jest's default.
  }, 180_000);
});
