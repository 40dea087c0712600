import { randomUUID } from 'node:crypto';
import { MemoryRateLimitStore, RateLimiter, RedisRateLimitStore, type RateLimitStore } from './rate-limiter';

const rule = { name: 'spec', limit: 3, windowSeconds: 60, message: '太频繁了' };

const stores: Array<[string, () => RateLimitStore]> = [
  ['memory', () => new MemoryRateLimitStore()],
  ['redis', () => RedisRateLimitStore.connect(process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379')],
];

describe.each(stores)('rate limits in %s', (_name, makeStore) => {
  it('lets the limit through, then answers 429 with Retry-After, per subject', async () => {
    const limiter = new RateLimiter(makeStore());
    const subject = randomUUID();
    for (let i = 0; i < 3; i += 1) await limiter.consume(rule, subject);
    await expect(limiter.consume(rule, subject)).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      message: '太频繁了',
      headers: { 'Retry-After': expect.stringMatching(/^\d+$/) },
    });
    await limiter.consume(rule, randomUUID());
    await limiter.close();
  });

  it('opens again when the window ends', async () => {
    const limiter = new RateLimiter(makeStore());
    const subject = randomUUID();
    const short = { ...rule, limit: 1, windowSeconds: 1 };
    await limiter.consume(short, subject);
    await expect(limiter.consume(short, subject)).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await limiter.consume(short, subject);
    await limiter.close();
  });
});

it('shares one quota between two instances through Redis', async () => {
  const url = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';
  const a = new RateLimiter(RedisRateLimitStore.connect(url));
  const b = new RateLimiter(RedisRateLimitStore.connect(url));
  const subject = randomUUID();
  await a.consume(rule, subject);
  await b.consume(rule, subject);
  await a.consume(rule, subject);
  await expect(b.consume(rule, subject)).rejects.toMatchObject({ code: 'RATE_LIMITED' });
  await a.close();
  await b.close();
});
