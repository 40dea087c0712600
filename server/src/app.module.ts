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

@Module({})
export class AppModule {
  static forRoot(config: HuleiConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerParams(config)),
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
