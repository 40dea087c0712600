import type { ApiSchemas } from '@hulei/shared';
import { api } from '../../api';

export type LookupResult = ApiSchemas['LookupResultDto'];

export const lookupApi = {
  lookup: (receiptCode: string) => api.post('/api/help-requests/lookup', { body: { receiptCode } }),
  write: (receiptCode: string, body: string) =>
    api.post('/api/help-requests/lookup/messages', { body: { receiptCode, body } }),
};
