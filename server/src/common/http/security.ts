import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/**
 * The H5 app is served from the same origin as the API; its bundle needs inline styles (Taro
 * injects them) but no inline scripts and no third-party origins. Videos may come from hosts of
 * the federation's choosing, over HTTPS only.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' https:",
  "connect-src 'self'",
  "font-src 'self' data:",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * Security headers, computed once and set in one pass: helmet's twelve middlewares cost ~10 % of
 * a small API request's CPU for the same headers.
 */
export function securityHeaders(production: boolean): Array<[string, string]> {
  const headers: Array<[string, string]> = [
    ['Content-Security-Policy', CONTENT_SECURITY_POLICY],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Cross-Origin-Resource-Policy', 'same-origin'],
    ['Origin-Agent-Cluster', '?1'],
    ['Referrer-Policy', 'no-referrer'],
    ['X-Content-Type-Options', 'nosniff'],
    ['X-DNS-Prefetch-Control', 'off'],
    ['X-Frame-Options', 'DENY'],
    ['X-Permitted-Cross-Domain-Policies', 'none'],
    ['X-XSS-Protection', '0'],
  ];
  // Production sits behind TLS; a demo on http://localhost must not pin browsers to HTTPS.
  if (production) headers.push(['Strict-Transport-Security', 'max-age=31536000; includeSubDomains']);
  return headers;
}

export function applySecurityHeaders(app: INestApplication, production: boolean): void {
  const headers = securityHeaders(production);
  app.use((req: Request, res: Response, next: NextFunction) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    // Nothing the API answers may be kept by a shared phone's browser cache or a proxy, unless a
    // route says otherwise (public reference data).
    if (req.path.startsWith('/api/')) res.setHeader('Cache-Control', 'no-store');
    next();
  });
}
