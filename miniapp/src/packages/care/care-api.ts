import type { ApiSchemas } from '@hulei/shared';
import { api } from '../../api';
// Importing the session attaches the cadre's token to the API client.
import '../cadre/session';

export type FollowUpPlan = ApiSchemas['FollowUpPlanDto'];
export type FollowUpPlanDetail = ApiSchemas['FollowUpPlanDetailDto'];
export type CareRecordPage = ApiSchemas['CareRecordPageDto'];
export type CareRecordDetail = ApiSchemas['CareRecordDetailDto'];

export const careApi = {
  plans: () => api.get('/api/cadre/care/follow-up-plans'),
  plan: (recordId: string) => api.get('/api/cadre/care/follow-up-plans/{recordId}', { path: { recordId } }),
  addNote: (recordId: string, visitedOn: string, note: string) =>
    api.post('/api/cadre/care/follow-up-plans/{recordId}/notes', { path: { recordId }, body: { visitedOn, note } }),
  records: (overdue: boolean) =>
    api.get('/api/cadre/care/records', { query: { overdue: overdue ? true : undefined, pageSize: 100 } }),
  record: (id: string) => api.get('/api/cadre/care/records/{id}', { path: { id } }),
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
