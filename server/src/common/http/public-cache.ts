import { Injectable } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

interface Entry {
  until: number;
  body: Buffer;
  etag: string;
  contentType: string;
  cacheControl: string;
}

/** Public answers cached in front of the framework, by path prefix. */
const CACHED_PREFIXES = ['/api/markets/events/', '/api/content'];
const TTL_MS = 10_000;
const MAX_ENTRIES = 2_000;

/**
 * A micro-cache for the public reads a market day bursts on (landing, lessons): a 200 answer whose
 * Cache-Control is `public` is kept for ten seconds and served again, 304 on a matching ETag,
 * without routing, guards, pipes or serialising. Writers call `invalidate`, so this instance shows a
 * change at once; other instances within ten seconds, well inside what phones cache anyway.
 */
@Injectable()
export class PublicResponseCache {
  private readonly entries = new Map<string, Entry>();

  invalidate(prefix: string): void {
    for (const key of this.entries.keys()) if (key.startsWith(prefix)) this.entries.delete(key);
  }

  middleware() {
    return (req: Request, res: Response, next: NextFunction): void => {
      if (req.method !== 'GET' || !CACHED_PREFIXES.some((p) => req.path.startsWith(p))) return next();
      const key = req.originalUrl;
      const hit = this.entries.get(key);
      const now = Date.now();
      if (hit && hit.until > now) {
        res.setHeader('Cache-Control', hit.cacheControl);
        res.setHeader('ETag', hit.etag);
        if (req.headers['if-none-match'] === hit.etag) {
          res.statusCode = 304;
          res.end();
          return;
        }
        res.setHeader('Content-Type', hit.contentType);
        res.setHeader('Content-Length', hit.body.length);
        res.end(hit.body);
        return;
      }
      // Ask the framework for the full answer, so it can be kept; the revalidation is answered here.
      const ifNoneMatch = req.headers['if-none-match'];
      delete req.headers['if-none-match'];
      const end = res.end.bind(res) as (...args: unknown[]) => Response;
      res.end = ((...args: unknown[]) => {
        const [chunk] = args;
        const cacheControl = String(res.getHeader('Cache-Control') ?? '');
        const etag = res.getHeader('ETag');
        if (res.statusCode === 200 && chunk && cacheControl.startsWith('public') && typeof etag === 'string') {
          if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
          this.entries.set(key, {
            until: now + TTL_MS,
            body: Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)),
            etag,
            contentType: String(res.getHeader('Content-Type') ?? 'application/json; charset=utf-8'),
            cacheControl,
          });
        }
        if (res.statusCode === 200 && typeof etag === 'string' && ifNoneMatch === etag) {
          res.statusCode = 304;
          res.removeHeader('Content-Type');
          res.removeHeader('Content-Length');
          return end();
        }
        return end(...args);
      }) as Response['end'];
      next();
    };
  }
}
