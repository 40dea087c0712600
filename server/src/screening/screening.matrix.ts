import { randomUUID } from 'node:crypto';
import { chinaDate, chinaYear } from '../common/china-date';
import { scopeOf } from '../common/jurisdiction/scope';
import type { Cadre } from '../identity/auth/cadre';
import type { MatrixCases } from '../testing/jurisdiction-matrix';
import type { TestApp } from '../testing/test-app';
import { accountIn, answers } from './screening.fixtures';
import { ScreeningService } from './screening.service';

/** A province cadre that is nobody in particular: the matrix makes records through the services with it. */
export function builderCadre(): Cadre {
  return {
    accountId: randomUUID(),
    sessionId: randomUUID(),
    name: '矩阵测试',
    role: 'federation_province',
    regionCode: '43',
    level: 'province',
    scope: scopeOf('43'),
  };
}

let doors = 0;
export async function householdIn(t: TestApp, villageCode: string, gridId?: string): Promise<string> {
  doors += 1;
  const household = await t.app.get(ScreeningService).addHousehold(builderCadre(), villageCode, {
    address: `矩阵${doors}号`,
    headName: '户主',
    gridId,
    children: [{ name: '孩子', birthYear: chinaYear() - 8 }],
  });
  return household.id;
}

async function gridIn(t: TestApp, villageCode: string): Promise<string> {
  doors += 1;
  return (await t.app.get(ScreeningService).createGrid(builderCadre(), villageCode, `矩阵网格${doors}`)).id;
}

const visitBody = (householdId: string, harm = false) => ({
  householdId,
  visitedOn: chinaDate(),
  attendees: '矩阵测试',
  answers: answers(harm ? { look_harm: 'concern' } : {}),
});

const onVillage = (suffix: string, body?: () => object): MatrixCases[string] => ({
  make: async (t, village) => {
    const id = await householdIn(t, village);
    return { path: `/api/cadre/screening/villages/${village}${suffix}`, body: body?.(), recordId: id };
  },
});

export const SCREENING_MATRIX: MatrixCases = {
  'POST /api/cadre/screening/villages/:villageCode/households/import': onVillage('/households/import', () => ({})),
  'POST /api/cadre/screening/villages/:villageCode/households': onVillage('/households', () => ({
    address: `矩阵手工${(doors += 1)}号`,
    headName: '户主',
    children: [],
  })),
  'GET /api/cadre/screening/villages/:villageCode/households': onVillage('/households?pageSize=10'),
  'POST /api/cadre/screening/villages/:villageCode/grids': onVillage('/grids', () => ({
    name: `矩阵新网格${(doors += 1)}`,
  })),
  'GET /api/cadre/screening/villages/:villageCode/grids': onVillage('/grids'),
  'GET /api/cadre/screening/households/:id': {
    make: async (t, village) => {
      const id = await householdIn(t, village);
      return { path: `/api/cadre/screening/households/${id}`, recordId: id };
    },
  },
  'GET /api/cadre/screening/unvisited': {
    make: async (t, village) => ({
      path: `/api/cadre/screening/unvisited?regionCode=${village}`,
      recordId: await householdIn(t, village),
    }),
  },
  'GET /api/cadre/screening/coverage': {
    make: async (t, village) => ({
      path: `/api/cadre/screening/coverage?regionCode=${village}`,
      recordId: await householdIn(t, village),
    }),
  },
  'POST /api/cadre/screening/grids/:gridId/workers': {
    make: async (t, village) => {
      const gridId = await gridIn(t, village);
      const worker = await accountIn(t, village, 'grid_worker', '矩阵网格员');
      return { path: `/api/cadre/screening/grids/${gridId}/workers`, body: { accountId: worker.id }, recordId: gridId };
    },
  },
  'DELETE /api/cadre/screening/grids/:gridId/workers/:accountId': {
    make: async (t, village) => {
      const gridId = await gridIn(t, village);
      const worker = await accountIn(t, village, 'grid_worker', '矩阵网格员');
      await t.app.get(ScreeningService).assignWorker(builderCadre(), gridId, worker.id);
      return { path: `/api/cadre/screening/grids/${gridId}/workers/${worker.id}`, recordId: gridId };
    },
  },
  'POST /api/cadre/screening/visits': {
    make: async (t, village) => {
      const id = await householdIn(t, village);
      return { path: '/api/cadre/screening/visits', body: visitBody(id), recordId: id };
    },
  },
  'POST /api/cadre/screening/visits/:id/harm-case': {
    make: async (t, village) => {
      const household = await householdIn(t, village);
      const visit = await t.app
        .get(ScreeningService)
        .recordVisit(builderCadre(), visitBody(household, true), randomUUID());
      return {
        path: `/api/cadre/screening/visits/${visit.id}/harm-case`,
        body: { category: 'sexual_abuse', description: '矩阵测试' },
        recordId: visit.id,
      };
    },
  },
  'PUT /api/cadre/screening/campaigns/:countyCode/:year': {
    make: async (_t, village) => {
      const year = chinaYear();
      return {
        path: `/api/cadre/screening/campaigns/${village.slice(0, 6)}/${year}`,
        body: {
          mobilisationBy: `${year}-05-31`,
          implementationFrom: `${year}-05-01`,
          implementationTo: `${year}-12-31`,
          summaryBy: `${year}-12-01`,
        },
        recordId: village.slice(0, 6),
      };
    },
  },
};
