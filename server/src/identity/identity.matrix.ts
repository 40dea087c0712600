import { randomInt } from 'node:crypto';
import { AuditService } from '../audit/audit.service';
import type { MatrixCases } from '../testing/jurisdiction-matrix';
import { AccountsService } from './accounts.service';
import { AccountsRepository } from './accounts.repository';

let phones = 0;
function newPhone(): string {
  phones += 1;
  return `137${String(randomInt(1000)).padStart(3, '0')}${String(phones).padStart(5, '0')}`;
}

/** A volunteer account in the village: the record the identity routes read and change. */
async function volunteerIn(t: Parameters<MatrixCases[string]['make']>[0], villageCode: string): Promise<string> {
  const phone = newPhone();
  await t.app.get(AccountsService).ensureAccount({
    phone,
    name: '执委妈妈',
    role: 'volunteer',
    regionCode: villageCode,
    password: 'Volunteer2026',
  });
  return (await t.app.get(AccountsRepository).findByPhone(phone))!.id;
}

const listsItem = (body: unknown, id: string) =>
  (body as { items: Array<{ id: string }> }).items.some((a) => a.id === id);

export const IDENTITY_MATRIX: MatrixCases = {
  'GET /api/identity/accounts': {
    make: async (t, village) => ({
      path: '/api/identity/accounts?pageSize=100',
      recordId: await volunteerIn(t, village),
    }),
    lists: listsItem,
  },
  'GET /api/identity/accounts/:id': {
    make: async (t, village) => {
      const id = await volunteerIn(t, village);
      return { path: `/api/identity/accounts/${id}`, recordId: id };
    },
  },
  'POST /api/identity/accounts/:id/disable': {
    make: async (t, village) => {
      const id = await volunteerIn(t, village);
      return { path: `/api/identity/accounts/${id}/disable`, recordId: id };
    },
  },
  'POST /api/identity/accounts/:id/enable': {
    make: async (t, village) => {
      const id = await volunteerIn(t, village);
      return { path: `/api/identity/accounts/${id}/enable`, recordId: id };
    },
  },
  'POST /api/identity/invitations': {
    make: async (_t, village) => ({
      path: '/api/identity/invitations',
      body: { name: '执委妈妈', phone: newPhone(), role: 'volunteer', regionCode: village },
      recordId: village,
    }),
  },
  'GET /api/audit-events': {
    make: async (t, village) => {
      await t.app
        .get(AuditService)
        .record({ action: 'record_read', outcome: 'ok', regionCode: village, detail: `m${phones}` });
      const [event] = await t.dataSource.query('SELECT id FROM audit_event WHERE detail = ?', [`m${phones++}`]);
      return { path: '/api/audit-events?limit=200&action=record_read', recordId: (event as { id: string }).id };
    },
    lists: (body, id) => (body as Array<{ id: string }>).some((e) => e.id === id),
  },
};
