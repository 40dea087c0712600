import { cadreOf } from '../identity/auth.service';
import { AccountsRepository } from '../identity/accounts.repository';
import type { MatrixCases } from '../testing/jurisdiction-matrix';
import type { TestApp } from '../testing/test-app';
import { PublicOpinionService } from './public-opinion.service';

/** A case registered by the province about the village (the province can register anywhere). */
async function caseIn(t: TestApp, villageCode: string): Promise<string> {
  const province = await t.app.get(AccountsRepository).findByPhone('13700000043');
  const created = await t.app.get(PublicOpinionService).register(cadreOf(province!, 'matrix'), {
    regionCode: villageCode,
    severity: 'medium',
    description: '矩阵测试舆情',
  });
  return created.id;
}

const action = (suffix: string, body?: object): MatrixCases[string] => ({
  make: async (t, village) => {
    const id = await caseIn(t, village);
    return { path: `/api/opinion-cases/${id}${suffix}`, body, recordId: id };
  },
});

export const PUBLIC_OPINION_MATRIX: MatrixCases = {
  'POST /api/opinion-cases': {
    make: async (_t, village) => ({
      path: '/api/opinion-cases',
      body: { regionCode: village, severity: 'low', description: '矩阵测试' },
      recordId: village,
    }),
  },
  'GET /api/opinion-cases': {
    make: async (t, village) => ({ path: '/api/opinion-cases?pageSize=100', recordId: await caseIn(t, village) }),
    lists: (body, id) => (body as { items: Array<{ id: string }> }).items.some((c) => c.id === id),
  },
  'GET /api/opinion-cases/:id': action(''),
  'POST /api/opinion-cases/:id/acknowledge': action('/acknowledge'),
  'POST /api/opinion-cases/:id/hand-on': action('/hand-on'),
  'POST /api/opinion-cases/:id/feedback': action('/feedback', { facts: '核实', serviceStarted: '心理疏导' }),
};
