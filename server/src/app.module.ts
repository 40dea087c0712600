import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import type { HuleiConfig } from './common/config/config';
import { ConfigModule } from './common/config/config.module';
import { HttpExceptionFilter } from './common/errors/http-exception.filter';
import { createValidationPipe } from './common/errors/validation';
import { loggerParams } from './common/logging/logging';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './health/health.module';
import { RegionsModule } from './regions/regions.module';

export interface AppOptions {
  /** Where logs go (stdout when absent); tests read them to prove what is never logged. */
  logStream?: NodeJS.WritableStream;
}

@Module({})
export class AppModule {
  static forRoot(config: HuleiConfig, options: AppOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerParams(config, options.logStream)),
        DatabaseModule.forRoot(),
        HealthModule,
        RegionsModule,
      ],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: HttpExceptionFilter },
      ],
    };
  }
}
