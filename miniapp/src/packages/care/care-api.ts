import { DEFAULT_FOLLOW_UP_INTERVAL_DAYS, type ApiSchemas } from '@hulei/shared';
import { api } from '../../api';
// Importing the session attaches the cadre's token to the API client.
import '../cadre/session';

export type FollowUpPlan = ApiSchemas['FollowUpPlanDto'];
export type FollowUpPlanDetail = ApiSchemas['FollowUpPlanDetailDto'];
export type CareRecordPage = ApiSchemas['CareRecordPageDto'];
export type CareRecordDetail = ApiSchemas['CareRecordDetailDto'];
export type NewCareRecord = ApiSchemas['CreateCareRecordDto'];
export type NewService = ApiSchemas['AddServiceDto'];

export const careApi = {
  plans: () => api.get('/api/cadre/care/follow-up-plans'),
  plan: (recordId: string) => api.get('/api/cadre/care/follow-up-plans/{recordId}', { path: { recordId } }),
  addNote: (recordId: string, visitedOn: string, note: string) =>
    api.post('/api/cadre/care/follow-up-plans/{recordId}/notes', { path: { recordId }, body: { visitedOn, note } }),
  records: (overdue: boolean) =>
    api.get('/api/cadre/care/records', { query: { overdue: overdue ? true : undefined, pageSize: 100 } }),
  record: (id: string) => api.get('/api/cadre/care/records/{id}', { path: { id } }),
  create: (record: NewCareRecord) => api.post('/api/cadre/care/records', { body: record }),
  addService: (id: string, service: NewService) =>
    api.post('/api/cadre/care/records/{id}/services', { path: { id }, body: service }),
  pair: (id: string, helperAccountIds: string[]) =>
    api.post('/api/cadre/care/records/{id}/pairings', {
      path: { id },
      body: { helperAccountIds, intervalDays: DEFAULT_FOLLOW_UP_INTERVAL_DAYS },
    }),
  close: (id: string, reason: string) =>
    api.post('/api/cadre/care/records/{id}/close', { path: { id }, body: reason ? { reason } : {} }),
  /** Volunteer accounts of her jurisdiction: the helpers a child can be paired with. */
  volunteers: async () => {
    const page = await api.get('/api/identity/accounts', { query: { pageSize: 100 } });
    return page.items.filter((a) => a.role === 'volunteer' && a.status === 'active');
  },
};

/** "2026-07-20" from an ISO instant, on this phone's calendar. */
export function dayOf(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function ageOf(birthYear: number | null | undefined): string {
  return birthYear ? `${new Date().getFullYear() - birthYear} 岁` : '';
}
