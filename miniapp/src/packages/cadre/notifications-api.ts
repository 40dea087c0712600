import type { ApiSchemas } from '@hulei/shared';
import { api } from '../../api';

// Reminders (notifications): her own history, the failures below her, and her WeChat opt-in.

export type Reminder = ApiSchemas['NotificationDto'];

export const notificationsApi = {
  mine: (page: number, pageSize = 20) => api.get('/api/notifications/mine', { query: { page, pageSize } }),
  /** Town and above: reminders that did not reach the cadres below. */
  failuresBelow: () => api.get('/api/notifications/failures'),
  /** How many subscribe-message templates she accepted in WeChat just now. */
  subscribe: (accepted: number) => api.post('/api/notifications/subscription', { body: { accepted } }),
};
