import type { ApiSchemas } from '@hulei/shared';
import { api } from '../../api';
// Importing the session attaches the cadre's token to the API client.
import '../cadre/session';

export type Household = ApiSchemas['HouseholdSummaryDto'];
export type HouseholdDetail = ApiSchemas['HouseholdDetailDto'];
export type NewVisit = ApiSchemas['RecordVisitDto'];
export type VisitResult = ApiSchemas['VisitResultDto'];
export type Coverage = ApiSchemas['CoverageDto'];
export type HarmCase = ApiSchemas['HarmCaseDto'];

export const screeningApi = {
  households: (villageCode: string, page = 1) =>
    api.get('/api/cadre/screening/villages/{villageCode}/households', {
      path: { villageCode },
      query: { page, pageSize: 500 },
    }),
  household: (id: string) => api.get('/api/cadre/screening/households/{id}', { path: { id } }),
  recordVisit: (visit: NewVisit, idempotencyKey: string) =>
    api.post('/api/cadre/screening/visits', { body: visit, idempotencyKey }),
  coverage: (regionCode?: string) => api.get('/api/cadre/screening/coverage', { query: { regionCode } }),
  unvisited: (regionCode: string) =>
    api.get('/api/cadre/screening/unvisited', { query: { regionCode, pageSize: 100 } }),
};
