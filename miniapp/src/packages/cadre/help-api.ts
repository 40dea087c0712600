import type { HandlingLevel, HelpCategory, HelpStatus, RequesterRole, Urgency } from '@hulei/shared';
import { api } from '../../api';

// Cadre routes of help requests (CONTRACT.md and the help-request server), typed by hand until the
// server's generated types land in @hulei/shared.

export const REFERRAL_DEPARTMENTS = [
  'police',
  'procuratorate',
  'court',
  'justice',
  'health',
  'education',
  'civil_affairs',
  'one_stop_centre',
] as const;
export type ReferralDepartment = (typeof REFERRAL_DEPARTMENTS)[number];

export interface InboxItem {
  id: string;
  category: HelpCategory;
  status: HelpStatus;
  urgency: Urgency;
  regionCode: string;
  handlingLevel: HandlingLevel;
  createdAt: string;
  dueAt: string | null;
}

export interface InboxPage {
  items: InboxItem[];
  total: number;
}

export interface InboxFilters {
  status?: HelpStatus;
  category?: HelpCategory;
  urgency?: Urgency;
  level?: HandlingLevel;
}

export interface TimelineEvent {
  kind: string;
  at: string;
  level: string;
  regionCode: string;
  actorName?: string;
  note?: string;
}

export interface ConversationMessage {
  from: 'requester' | 'cadre';
  body: string;
  createdAt: string;
  authorName?: string;
}

export interface HelpRequestDetail extends InboxItem {
  regionName: string;
  requesterRole: RequesterRole;
  description: string | null;
  contactPhone: string | null;
  acknowledgedAt: string | null;
  policeReported: boolean;
  closurePending: boolean;
  closureReason: string | null;
  messages: ConversationMessage[];
  events: TimelineEvent[];
  policeReports: { policeStation: string | null; reportedAt: string; reference: string | null }[];
}

export interface CloseResult {
  status: HelpStatus;
  closurePending: boolean;
}

type UntypedCall = (
  method: 'GET' | 'POST',
  path: string,
  options?: { path?: Record<string, string>; query?: object; body?: unknown },
) => Promise<unknown>;
const call = api.call as unknown as UntypedCall;
const post = <T>(id: string, action: string, body?: object) =>
  call('POST', `/api/cadre/help-requests/{id}/${action}`, { path: { id }, body }) as Promise<T>;

export const cadreHelpApi = {
  inbox: (filters: InboxFilters, page: number, pageSize = 20) =>
    call('GET', '/api/cadre/help-requests', { query: { ...filters, page, pageSize } }) as Promise<InboxPage>,
  detail: (id: string) => call('GET', '/api/cadre/help-requests/{id}', { path: { id } }) as Promise<HelpRequestDetail>,
  acknowledge: (id: string) => post<HelpRequestDetail>(id, 'acknowledge'),
  reply: (id: string, body: string) => post<void>(id, 'messages', { body }),
  changeStatus: (id: string, status: 'in_progress' | 'resolved', note?: string) =>
    post<HelpRequestDetail>(id, 'status', { status, ...(note ? { note } : {}) }),
  refer: (id: string, department: ReferralDepartment, note?: string) =>
    post<HelpRequestDetail>(id, 'referrals', { department, ...(note ? { note } : {}) }),
  recordPoliceReport: (id: string, report: { policeStation: string; reportedAt: string; reference?: string }) =>
    post<HelpRequestDetail>(id, 'police-report', report),
  close: (id: string, reason?: string) => post<CloseResult>(id, 'close', reason ? { reason } : {}),
  reviewClosure: (id: string, approve: boolean, comment?: string) =>
    post<CloseResult>(id, 'closure-review', { approve, ...(comment ? { comment } : {}) }),
};
