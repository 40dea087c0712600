import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { flushLogger, type AppLogger } from './logger';

/** Injection token for the process's pino logger. */
export const APP_LOGGER = Symbol('APP_LOGGER');

/** Makes the logger injectable, and writes out its buffer when the application shuts down. */
@Global()
@Module({})
export class LoggingModule implements OnApplicationShutdown {
  constructor(@Inject(APP_LOGGER) private readonly logger: AppLogger) {}

  static forRoot(logger: AppLogger): DynamicModule {
    return {
      module: LoggingModule,
      providers: [{ provide: APP_LOGGER, useValue: logger }],
      exports: [APP_LOGGER],
    };
  }

  onApplicationShutdown(): Promise<void> {
    return flushLogger(this.logger);
  }
}
