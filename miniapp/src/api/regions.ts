import type { ApiSchemas } from '@hulei/shared';
import { api } from './index';

export type RegionSummary = ApiSchemas['RegionSummaryDto'];
export type RegionSearchResult = ApiSchemas['RegionSearchResultDto'];

export const regionsApi = {
  provinces: () => api.get('/api/regions'),
  children: (code: string) => api.get('/api/regions/{code}/children', { path: { code } }),
  /** Regions whose name contains `q`, inside `under` when given. */
  search: (q: string, under?: string) => api.get('/api/regions', { query: { q, under } }),
};
