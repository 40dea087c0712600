import { chinaDate, chinaYear } from '../common/china-date';
import type { MatrixCases } from '../testing/jurisdiction-matrix';
import type { TestApp } from '../testing/test-app';
import { accountIn } from '../screening/screening.fixtures';
import { builderCadre } from '../screening/screening.matrix';
import { CareLedgerService } from './care.service';

export async function careRecordIn(t: TestApp, villageCode: string): Promise<string> {
  const record = await t.app.get(CareLedgerService).create(builderCadre(), {
    villageCode,
    childName: '矩阵儿童',
    birthYear: chinaYear() - 9,
    category: 'left_behind',
    riskLevel: 'medium',
  });
  return record.id;
}

async function pairedRecordIn(t: TestApp, villageCode: string): Promise<{ recordId: string; pairingId: string }> {
  const recordId = await careRecordIn(t, villageCode);
  const helper = await accountIn(t, villageCode, 'volunteer', '矩阵执委妈妈');
  const record = await t.app.get(CareLedgerService).pair(builderCadre(), recordId, { helperAccountIds: [helper.id] });
  return { recordId, pairingId: record.pairings[0].id };
}

const onRecord = (suffix: string, body?: () => object): MatrixCases[string] => ({
  make: async (t, village) => {
    const id = await careRecordIn(t, village);
    return { path: `/api/cadre/care/records/${id}${suffix}`, body: body?.(), recordId: id };
  },
});

const listsItem = (body: unknown, id: string) =>
  (body as { items: Array<{ id: string }> }).items.some((r) => r.id === id);

export const CARE_MATRIX: MatrixCases = {
  'POST /api/cadre/care/records': {
    make: async (_t, village) => ({
      path: '/api/cadre/care/records',
      body: { villageCode: village, childName: '矩阵儿童', category: 'in_hardship', riskLevel: 'low' },
      recordId: village,
    }),
  },
  'GET /api/cadre/care/records': {
    make: async (t, village) => ({
      path: '/api/cadre/care/records?pageSize=100',
      recordId: await careRecordIn(t, village),
    }),
    lists: listsItem,
  },
  'GET /api/cadre/care/records/export': {
    make: async (t, village) => ({
      path: `/api/cadre/care/records/export?regionCode=${village}`,
      recordId: await careRecordIn(t, village),
    }),
  },
  'GET /api/cadre/care/records/:id': onRecord(''),
  'PATCH /api/cadre/care/records/:id': onRecord('', () => ({ riskLevel: 'high' })),
  'POST /api/cadre/care/records/:id/services': onRecord('/services', () => ({
    kind: 'rights_notification',
    providedOn: chinaDate(),
    provider: '沅陵县一站式取证救助中心',
  })),
  'POST /api/cadre/care/records/:id/close': onRecord('/close', () => ({})),
  'POST /api/cadre/care/records/:id/pairings': {
    make: async (t, village) => {
      const id = await careRecordIn(t, village);
      const helper = await accountIn(t, village, 'volunteer', '矩阵执委妈妈');
      return { path: `/api/cadre/care/records/${id}/pairings`, body: { helperAccountIds: [helper.id] }, recordId: id };
    },
  },
  'POST /api/cadre/care/records/:id/pairings/:pairingId/end': {
    make: async (t, village) => {
      const { recordId, pairingId } = await pairedRecordIn(t, village);
      return { path: `/api/cadre/care/records/${recordId}/pairings/${pairingId}/end`, recordId };
    },
  },
  'GET /api/cadre/care/follow-up-plans': {
    make: async (t, village) => ({
      path: '/api/cadre/care/follow-up-plans',
      recordId: (await pairedRecordIn(t, village)).recordId,
    }),
    lists: (body, id) => (body as Array<{ recordId: string }>).some((p) => p.recordId === id),
  },
  'GET /api/cadre/care/follow-up-plans/:recordId': {
    make: async (t, village) => {
      const { recordId } = await pairedRecordIn(t, village);
      return { path: `/api/cadre/care/follow-up-plans/${recordId}`, recordId };
    },
  },
  'POST /api/cadre/care/follow-up-plans/:recordId/notes': {
    make: async (t, village) => {
      const { recordId } = await pairedRecordIn(t, village);
      return {
        path: `/api/cadre/care/follow-up-plans/${recordId}/notes`,
        body: { visitedOn: chinaDate(), note: '矩阵测试回访' },
        recordId,
      };
    },
  },
};
