import { createHmac } from 'node:crypto';
import type { Request } from 'express';

/**
 * A keyed hash of the caller's network address, for rate limits only: the address itself is
 * never stored or logged, and the hash changes with the server's secret.
 */
export function addressKey(request: Request, secret: Buffer): string {
  const address = request.ip ?? request.socket.remoteAddress ?? 'unknown';
  return createHmac('sha256', secret).update(address).digest('base64url').slice(0, 22);
}
