import { ancestorCode } from '@hulei/shared';
import { scopeOf } from '../common/jurisdiction/scope';
import type { Cadre } from '../identity/auth/cadre';
import type { MatrixCase, MatrixCases } from '../testing/jurisdiction-matrix';
import type { TestApp } from '../testing/test-app';
import { MarketsService } from './markets.service';

const townOf = (village: string) => ancestorCode(village, 'town')!;

const input = (village: string) => ({
  marketName: '官庄集',
  townCode: townOf(village),
  date: '2026-06-06',
  startTime: '08:00',
  endTime: '12:00',
  organisers: '县妇联',
});

/** An event in the village's town, created by its county federation. */
async function eventIn(t: TestApp, village: string): Promise<string> {
  const county = ancestorCode(village, 'county')!;
  const organiser: Cadre = {
    accountId: '00000000-0000-4000-8000-00000000b001',
    sessionId: 'matrix',
    name: '县妇联',
    role: 'federation_county',
    regionCode: county,
    level: 'county',
    scope: scopeOf(county),
  };
  return (await t.app.get(MarketsService).create(organiser, input(village))).id;
}

function onEvent(action: string, body?: (village: string) => object): MatrixCase {
  return {
    make: async (t, village) => {
      const id = await eventIn(t, village);
      return { path: `/api/cadre/market-events/${id}${action}`, body: body?.(village), recordId: id };
    },
  };
}

export const MARKETS_MATRIX: MatrixCases = {
  'GET /api/cadre/market-events': {
    make: async (t, village) => ({
      path: '/api/cadre/market-events?pageSize=100',
      recordId: await eventIn(t, village),
    }),
    lists: (body, id) => (body as { items: Array<{ id: string }> }).items.some((e) => e.id === id),
  },
  'POST /api/cadre/market-events': {
    make: async (_t, village) => ({ path: '/api/cadre/market-events', body: input(village), recordId: village }),
  },
  'GET /api/cadre/market-events/:id': onEvent(''),
  'PUT /api/cadre/market-events/:id': onEvent('', (village) => ({ ...input(village), marketName: '改名的集' })),
  'POST /api/cadre/market-events/:id/cancellation': onEvent('/cancellation'),
  'GET /api/cadre/market-events/:id/poster': onEvent('/poster'),
  'GET /api/cadre/market-events/:id/qr-code': onEvent('/qr-code'),
};
