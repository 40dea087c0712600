// A small HTTP client for the proof: one call, its status, headers, parsed body and latency.
import http from 'node:http';

export class NetworkError extends Error {
  name = 'NetworkError';
}

/**
 * Sends one request to 127.0.0.1:`port`. `body` (an object) is sent as JSON unless `raw` (a
 * string or Buffer) is given. Resolves with {status, headers, body, text, ms}; a reset, a refusal
 * or a timeout rejects with NetworkError.
 */
export function send({ port, method = 'GET', path, headers = {}, body, raw, timeoutMs = 10_000, agent = false }) {
  return new Promise((resolve, reject) => {
    const payload = raw !== undefined ? raw : body !== undefined ? JSON.stringify(body) : undefined;
    const allHeaders = { ...headers };
    if (payload !== undefined && !Object.keys(allHeaders).some((h) => h.toLowerCase() === 'content-type'))
      allHeaders['Content-Type'] = 'application/json';
    if (agent === false) allHeaders.Connection = 'close';
    // Node sends a DELETE's body without a length unless told: the server would read it as garbage.
    if (payload !== undefined) allHeaders['Content-Length'] = Buffer.byteLength(payload);
    const started = process.hrtime.bigint();
    const req = http.request({ host: '127.0.0.1', port, method, path, headers: allHeaders, agent }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('error', (error) => reject(new NetworkError(error.message)));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let parsed;
        try {
          parsed = text ? JSON.parse(text) : undefined;
        } catch {
          parsed = undefined;
        }
        resolve({
          status: res.statusCode,
          headers: res.headers,
          body: parsed,
          text,
          ms: Number(process.hrtime.bigint() - started) / 1e6,
        });
      });
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`timeout after ${timeoutMs} ms`)));
    req.on('error', (error) => reject(new NetworkError(error.message)));
    req.end(payload);
  });
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `work(i)` for i in 0..count-1 with at most `concurrency` at a time. */
export async function pool(count, concurrency, work) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) await work(next++);
    }),
  );
}

/**
 * A client address for X-Forwarded-For (the server trusts one proxy hop in the proof): a loopback
 * address per simulated phone, only ever a header value, never dialled.
 */
export function address(n) {
  return `127.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

/** Logs in a demo cadre; returns the bearer token. */
export async function login(port, phone, password = 'Hulei@2026') {
  const res = await send({ port, method: 'POST', path: '/api/auth/login', body: { phone, password } });
  if (res.status !== 200) throw new Error(`login ${phone}: ${res.status} ${res.text}`);
  return res.body.accessToken;
}
