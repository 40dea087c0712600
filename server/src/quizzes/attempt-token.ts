import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** What a drawn quiz is: who it was for and which questions, in order. */
export interface DrawnAttempt {
  audience: string;
  regionCode: string | null;
  marketEventId: string | null;
  questionIds: string[];
  drawnAt: number;
}

/** A quiz may be handed in up to a day after it was drawn. */
const VALID_MS = 24 * 60 * 60 * 1000;

/**
 * A drawn quiz travels with the taker as a signed token instead of a row: a market-day burst
 * of draws writes nothing, and the attempt is stored once, when it is handed in.
 */
export function signAttempt(attempt: DrawnAttempt, key: Buffer): string {
  const payload = Buffer.from(
    JSON.stringify({
      a: attempt.audience,
      r: attempt.regionCode,
      m: attempt.marketEventId,
      q: attempt.questionIds.map((id) => id.replace(/-/g, '')),
      t: attempt.drawnAt,
      n: randomBytes(6).toString('base64url'),
    }),
  ).toString('base64url');
  return `${payload}.${createHmac('sha256', key).update(payload).digest('base64url')}`;
}

/** The attempt a token describes, or null when it is forged, malformed or too old. */
export function openAttempt(token: string, key: Buffer, now: number): DrawnAttempt | null {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined || token.length > 2000) return null;
  const expected = createHmac('sha256', key).update(payload).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const data = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
      a: string;
      r: string | null;
      m: string | null;
      q: string[];
      t: number;
    };
    if (typeof data.t !== 'number' || now - data.t > VALID_MS || !Array.isArray(data.q)) return null;
    return {
      audience: data.a,
      regionCode: data.r,
      marketEventId: data.m,
      questionIds: data.q.map(
        (h) => `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`,
      ),
      drawnAt: data.t,
    };
  } catch {
    return null;
  }
}

/** The stored attempt's id: the same token always gives the same id, so it is stored once. */
export function attemptRowId(token: string): string {
  const hex = createHash('sha256').update(token).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The key that signs attempt tokens, derived from the server's token secret. */
export function attemptKey(tokenSecret: Buffer): Buffer {
  return createHmac('sha256', tokenSecret).update('hulei:quiz-attempt').digest();
}
