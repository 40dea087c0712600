import type { ApiSchemas } from '@hulei/shared';
import { api } from './index';

// Anonymous help requests (CONTRACT.md). No bearer token and no identity ever go with these calls.

export type NewHelpRequest = ApiSchemas['SubmitHelpRequestDto'];
export type HelpReceipt = ApiSchemas['HelpRequestReceiptDto'];

/** Sends a help request; the same key on a retry gets the same answer from the server. */
export const submitHelpRequest = (body: NewHelpRequest, idempotencyKey: string) =>
  api.post('/api/help-requests', { body, idempotencyKey });
