import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { HULEI_CONFIG, type HuleiConfig } from '../config/config';
import { MemoryRateLimitStore, RateLimiter, RedisRateLimitStore } from './rate-limiter';

/** One rate limiter for the process: Redis when REDIS_URL is set, else process memory. */
@Global()
@Module({
  providers: [
    {
      provide: RateLimiter,
      inject: [HULEI_CONFIG],
      useFactory: (config: HuleiConfig) =>
        new RateLimiter(config.redisUrl ? RedisRateLimitStore.connect(config.redisUrl) : new MemoryRateLimitStore()),
    },
  ],
  exports: [RateLimiter],
})
export class RateLimitModule implements OnApplicationShutdown {
  constructor(@Inject(RateLimiter) private readonly limiter: RateLimiter) {}

  onApplicationShutdown(): Promise<void> {
    return this.limiter.close();
  }
}
