// The mini-program's way of sending a help request: one Idempotency-Key made when the child taps
// 提交, the same key and body on every retry, exponential backoff with jitter, until an answer.
import { randomUUID } from 'node:crypto';
import { HELP_CATEGORIES } from '@hulei/shared';
import { NetworkError, send, sleep } from './http.mjs';
import { phone, story } from './markers.mjs';

/** A help request body as the form builds it, for `village`. */
export function helpBody(village, random) {
  const body = {
    category: HELP_CATEGORIES[Math.floor(random() * HELP_CATEGORIES.length)],
    description: story(),
    regionCode: village,
    urgency: random() < 0.3 ? 'urgent' : 'normal',
    requesterRole: random() < 0.5 ? 'child' : 'parent',
  };
  if (random() < 0.6) body.contactPhone = phone();
  return body;
}

/**
 * Sends until the server's answer arrives. Counts what happened on the way: network failures
 * (reset, refused, timeout), 5xx answers, and the final 2xx or 4xx.
 */
export async function submitUntilAnswered({
  port,
  body,
  forwardedFor,
  key = randomUUID(),
  random = Math.random,
  maxAttempts = 16,
  baseMs = 500,
  capMs = 8000,
  timeoutMs = 10_000,
}) {
  const outcome = { key, body, attempts: 0, networkErrors: 0, serverErrors: [], answer: null };
  for (let attempt = 0; attempt < maxAttempts; attempt += 1) {
    outcome.attempts += 1;
    try {
      const res = await send({
        port,
        method: 'POST',
        path: '/api/help-requests',
        headers: { 'Idempotency-Key': key, 'X-Forwarded-For': forwardedFor },
        body,
        timeoutMs,
      });
      if (res.status >= 500) outcome.serverErrors.push(`${res.status} ${res.body?.code ?? ''}`);
      else if (res.status === 429) {
        outcome.rateLimited = (outcome.rateLimited ?? 0) + 1;
      } else {
        outcome.answer = res;
        return outcome;
      }
    } catch (error) {
      if (!(error instanceof NetworkError)) throw error;
      outcome.networkErrors += 1;
    }
    await sleep(Math.min(capMs, baseMs * 2 ** attempt) + random() * (baseMs / 2));
  }
  return outcome;
}
