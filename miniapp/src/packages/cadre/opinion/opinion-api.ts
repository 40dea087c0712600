import type { ApiSchemas } from '@hulei/shared';
import { api } from '../../../api';

// Public-opinion (舆情) cases under the "2112" rule, typed by the server's generated contract.

export type OpinionCase = ApiSchemas['OpinionCaseDetailDto'];
export type OpinionSummary = ApiSchemas['OpinionCaseSummaryDto'];
export type OpinionStep = ApiSchemas['OpinionStepDto'];
export type OpinionLevel = OpinionStep['level'];
export type Severity = OpinionCase['severity'];
export type NewOpinionCase = ApiSchemas['CreateOpinionCaseDto'];
export type OpinionFeedback = ApiSchemas['FeedbackDto'];

const one = (id: string) => ({ path: { id } });

export const opinionApi = {
  list: (page: number, pageSize = 20) => api.get('/api/opinion-cases', { query: { page, pageSize } }),
  detail: (id: string) => api.get('/api/opinion-cases/{id}', one(id)),
  register: (body: NewOpinionCase) => api.post('/api/opinion-cases', { body }),
  acknowledge: (id: string) => api.post('/api/opinion-cases/{id}/acknowledge', one(id)),
  handOn: (id: string) => api.post('/api/opinion-cases/{id}/hand-on', one(id)),
  feedback: (id: string, body: OpinionFeedback) => api.post('/api/opinion-cases/{id}/feedback', { ...one(id), body }),
};
