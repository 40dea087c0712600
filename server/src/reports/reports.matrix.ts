import { randomUUID } from 'node:crypto';
import { ancestorCode, chinaMonthOf, previousMonth } from '@hulei/shared';
import { scopeOf } from '../common/jurisdiction/scope';
import type { Cadre } from '../identity/auth/cadre';
import type { MatrixCases } from '../testing/jurisdiction-matrix';
import type { TestApp } from '../testing/test-app';
import { ReportsService } from './reports.service';

const period = () => previousMonth(chinaMonthOf());

/** The village's own chair, as the service sees her: the matrix submits reports through it. */
function chairOf(villageCode: string): Cadre {
  return {
    accountId: randomUUID(),
    sessionId: randomUUID(),
    name: '矩阵测试',
    role: 'federation_village',
    regionCode: villageCode,
    level: 'village',
    scope: scopeOf(villageCode),
  };
}

/** A report of the village submitted to its town (again, if it was returned). */
async function submittedIn(t: TestApp, villageCode: string): Promise<void> {
  await t.app
    .get(ReportsService)
    .submit(chairOf(villageCode), villageCode, period())
    .catch(() => undefined);
}

const onVillage = (suffix: string, body?: object): MatrixCases[string] => ({
  make: async (_t, village) => ({
    path: `/api/cadre/reports/${village}/${period()}${suffix}`,
    body,
    recordId: village,
  }),
});

export const REPORTS_MATRIX: MatrixCases = {
  'GET /api/cadre/reports/:regionCode/:period': onVillage(''),
  'PUT /api/cadre/reports/:regionCode/:period/narrative': onVillage('/narrative', { experience: '矩阵测试' }),
  'POST /api/cadre/reports/:regionCode/:period/submit': onVillage('/submit'),
  'POST /api/cadre/reports/:regionCode/:period/return': {
    make: async (t, village) => {
      await submittedIn(t, village);
      return {
        path: `/api/cadre/reports/${village}/${period()}/return`,
        body: { comment: '矩阵测试' },
        recordId: village,
      };
    },
  },
  'GET /api/cadre/reports/:regionCode/:period/submissions': {
    make: async (_t, village) => {
      const town = ancestorCode(village, 'town')!;
      return { path: `/api/cadre/reports/${town}/${period()}/submissions`, recordId: town };
    },
  },
  'GET /api/cadre/reports/:regionCode/:period/export': onVillage('/export'),
  'GET /api/cadre/reports/:regionCode/:period/print': onVillage('/print'),
  'GET /api/cadre/reports/:regionCode/:period/details': onVillage('/details'),
  'GET /api/cadre/dashboards/:regionCode': {
    make: async (_t, village) => ({ path: `/api/cadre/dashboards/${village}`, recordId: village }),
  },
};
