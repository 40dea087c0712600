import { randomUUID } from 'node:crypto';
import type { MatrixCases } from '../testing/jurisdiction-matrix';
import type { TestApp } from '../testing/test-app';
import { HelpRequestsRepository } from './help-requests.repository';
import { HelpRequestsService } from './help-requests.service';
import { receiptHash } from './receipts';

/** A fresh request in the village, as a child would send it; acknowledged when `acknowledged`. */
export async function helpRequestIn(t: TestApp, villageCode: string, acknowledged = false): Promise<string> {
  const { body } = await t.app.get(HelpRequestsService).submit(
    {
      category: 'sexual_abuse',
      description: '矩阵测试',
      regionCode: villageCode,
      urgency: 'urgent',
      requesterRole: 'child',
    },
    randomUUID(),
    randomUUID(),
  );
  const request = await t.app
    .get(HelpRequestsRepository)
    .findByReceiptHash(await receiptHash(body.receiptCode, t.config.receiptSalt));
  if (acknowledged) {
    await t.app.get(HelpRequestsRepository).updateIf(request!.id, ['submitted'], {
      status: 'acknowledged',
      acknowledgedAt: new Date(),
    });
  }
  return request!.id;
}

/** A request a village has asked to close without a police report, waiting for the town. */
async function closurePendingIn(t: TestApp, villageCode: string): Promise<string> {
  const id = await helpRequestIn(t, villageCode, true);
  await t.app.get(HelpRequestsRepository).updateIf(id, ['acknowledged'], { closureRequestedAt: new Date() });
  return id;
}

const action = (suffix: string, body?: object, acknowledged = true): MatrixCases[string] => ({
  make: async (t, village) => {
    const id = await helpRequestIn(t, village, acknowledged);
    return { path: `/api/cadre/help-requests/${id}${suffix}`, body, recordId: id };
  },
});

export const HELP_REQUESTS_MATRIX: MatrixCases = {
  'GET /api/cadre/help-requests': {
    make: async (t, village) => ({
      path: '/api/cadre/help-requests?pageSize=100',
      recordId: await helpRequestIn(t, village),
    }),
    lists: (body, id) => (body as { items: Array<{ id: string }> }).items.some((r) => r.id === id),
  },
  'GET /api/cadre/help-requests/:id': action('', undefined, false),
  'POST /api/cadre/help-requests/:id/acknowledge': action('/acknowledge', undefined, false),
  'POST /api/cadre/help-requests/:id/messages': action('/messages', { body: '我们已经收到，会尽快联系你' }),
  'POST /api/cadre/help-requests/:id/status': action('/status', { status: 'in_progress' }),
  'POST /api/cadre/help-requests/:id/referrals': action('/referrals', { department: 'police' }),
  'POST /api/cadre/help-requests/:id/police-report': action('/police-report', {
    policeStation: '官庄派出所',
    reportedAt: new Date(Date.now() - 60_000).toISOString(),
  }),
  'POST /api/cadre/help-requests/:id/close': action('/close', { reason: '已核实，家长已带孩子就医，警方另案处理' }),
  'POST /api/cadre/help-requests/:id/erase': action('/erase', { reason: '求助者申请删除，已核实' }),
  'POST /api/cadre/help-requests/:id/closure-review': {
    make: async (t, village) => {
      const id = await closurePendingIn(t, village);
      return { path: `/api/cadre/help-requests/${id}/closure-review`, body: { approve: true }, recordId: id };
    },
  },
};
