import type { ApiOperations, ApiSchemas } from '@hulei/shared';
import { api } from '../../api';

// The cadre routes of help requests, typed by the server's generated contract.

export type InboxItem = ApiSchemas['InboxItemDto'];
export type InboxPage = ApiSchemas['InboxPageDto'];
export type HelpRequestDetail = ApiSchemas['HelpRequestDetailDto'];
export type TimelineEvent = ApiSchemas['TimelineEventDto'];
export type TimelineEventKind = TimelineEvent['kind'];
export type ReferralDepartment = ApiSchemas['ReferralDto']['department'];
type InboxQuery = NonNullable<ApiOperations['CadreHelpRequestsController_inbox']['parameters']['query']>;
export type InboxFilters = Omit<InboxQuery, 'page' | 'pageSize'>;

const one = (id: string) => ({ path: { id } });

export const cadreHelpApi = {
  inbox: (filters: InboxFilters, page: number, pageSize = 20) =>
    api.get('/api/cadre/help-requests', { query: { ...filters, page, pageSize } }),
  detail: (id: string) => api.get('/api/cadre/help-requests/{id}', one(id)),
  acknowledge: (id: string) => api.post('/api/cadre/help-requests/{id}/acknowledge', one(id)),
  reply: (id: string, body: string) =>
    api.post('/api/cadre/help-requests/{id}/messages', { ...one(id), body: { body } }),
  changeStatus: (id: string, body: ApiSchemas['ChangeStatusDto']) =>
    api.post('/api/cadre/help-requests/{id}/status', { ...one(id), body }),
  refer: (id: string, body: ApiSchemas['ReferralDto']) =>
    api.post('/api/cadre/help-requests/{id}/referrals', { ...one(id), body }),
  recordPoliceReport: (id: string, body: ApiSchemas['RecordPoliceReportDto']) =>
    api.post('/api/cadre/help-requests/{id}/police-report', { ...one(id), body }),
  close: (id: string, body: ApiSchemas['CloseDto']) =>
    api.post('/api/cadre/help-requests/{id}/close', { ...one(id), body }),
  reviewClosure: (id: string, body: ApiSchemas['ClosureReviewDto']) =>
    api.post('/api/cadre/help-requests/{id}/closure-review', { ...one(id), body }),
};
