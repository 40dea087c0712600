import { randomUUID } from 'node:crypto';
import { timeOrderedId } from '../common/ids';
import { regionPathOf } from '../common/jurisdiction/region-path';
import type { MatrixCases } from '../testing/jurisdiction-matrix';
import { Notification } from './notification.entity';

/** A reminder that could not be delivered to a cadre of the village. */
async function failedIn(t: Parameters<MatrixCases[string]['make']>[0], villageCode: string): Promise<string> {
  const id = timeOrderedId();
  const now = new Date();
  await t.dataSource.getRepository(Notification).insert({
    id,
    accountId: randomUUID(),
    kind: 'new_help_request',
    regionCode: villageCode,
    path: regionPathOf(villageCode),
    state: 'failed',
    channel: 'sms',
    attempts: 1,
    nextAttemptAt: now,
    lastError: 'sms:FailedOperation.PhoneNumberInBlacklist',
    sentAt: null,
    createdAt: now,
  });
  return id;
}

export const NOTIFICATIONS_MATRIX: MatrixCases = {
  'GET /api/notifications/failures': {
    make: async (t, village) => ({ path: '/api/notifications/failures', recordId: await failedIn(t, village) }),
    lists: (body, id) => (body as Array<{ id: string }>).some((n) => n.id === id),
  },
};
