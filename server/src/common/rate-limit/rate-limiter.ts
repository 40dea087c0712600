import { Redis } from 'ioredis';
import { AppError } from '../errors/app-error';

export interface RateLimitRule {
  /** Names the counter ("help_submit"); also keeps rules apart in Redis. */
  name: string;
  limit: number;
  windowSeconds: number;
  /** The Chinese message of the 429 answer. */
  message: string;
}

export interface RateLimitStore {
  /** Adds one hit for `key` in the current window; resolves with the count and seconds left. */
  hit(key: string, windowSeconds: number): Promise<{ count: number; resetSeconds: number }>;
  close(): Promise<void>;
}

/**
 * Fixed windows kept in process memory. Keys (a hash of the network address) live only as long
 * as their window: nothing about who asked is written anywhere.
 */
export class MemoryRateLimitStore implements RateLimitStore {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();
  private readonly sweeper = setInterval(() => this.sweep(), 60_000);

  constructor() {
    this.sweeper.unref();
  }

  hit(key: string, windowSeconds: number): Promise<{ count: number; resetSeconds: number }> {
    const now = Date.now();
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + windowSeconds * 1000 };
      this.windows.set(key, window);
    }
    window.count += 1;
    return Promise.resolve({ count: window.count, resetSeconds: Math.ceil((window.resetAt - now) / 1000) });
  }

  private sweep(): void {
    const now = Date.now();
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }

  close(): Promise<void> {
    clearInterval(this.sweeper);
    this.windows.clear();
    return Promise.resolve();
  }
}

/** The same windows in Redis, so several server instances share one quota per address. */
export class RedisRateLimitStore implements RateLimitStore {
  constructor(private readonly redis: Redis) {}

  static connect(url: string): RedisRateLimitStore {
    return new RedisRateLimitStore(
      new Redis(url, { maxRetriesPerRequest: 2, enableOfflineQueue: true, lazyConnect: false }),
    );
  }

  async hit(key: string, windowSeconds: number): Promise<{ count: number; resetSeconds: number }> {
    // INCR and the first EXPIRE in one round trip; TTL tells the client when to come back.
    const results = await this.redis.multi().incr(key).expire(key, windowSeconds, 'NX').ttl(key).exec();
    if (!results) throw new Error('rate limit transaction aborted');
    const count = Number(results[0][1]);
    const ttl = Number(results[2][1]);
    return { count, resetSeconds: ttl > 0 ? ttl : windowSeconds };
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

export class RateLimiter {
  constructor(private readonly store: RateLimitStore) {}

  /** Counts one attempt by `subject` (a hashed address); over the limit → 429 with Retry-After. */
  async consume(rule: RateLimitRule, subject: string): Promise<void> {
    const { count, resetSeconds } = await this.store.hit(`hulei:rl:${rule.name}:${subject}`, rule.windowSeconds);
    if (count > rule.limit) {
      throw new AppError('RATE_LIMITED', rule.message, undefined, { 'Retry-After': String(resetSeconds) });
    }
  }

  close(): Promise<void> {
    return this.store.close();
  }
}
