import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import type { HuleiConfig } from './common/config/config';
import { ConfigModule } from './common/config/config.module';
import { createLogger, type AppLogger } from './common/logging/logger';
import { LoggingModule } from './common/logging/logging.module';
import { HttpExceptionFilter } from './common/errors/http-exception.filter';
import { createValidationPipe } from './common/errors/validation';
import { DatabaseModule } from './database/database.module';
import { AuditModule } from './audit/audit.module';
import { CryptoModule } from './common/crypto/crypto.module';
import { IdempotencyModule } from './common/idempotency/idempotency.module';
import { RateLimitModule } from './common/rate-limit/rate-limit.module';
import { HelpRequestsModule } from './help-requests/help-requests.module';
import { ClocksModule } from './clocks/clocks.module';
import { NotificationsModule } from './notifications/notifications.module';
import { PublicOpinionModule } from './public-opinion/public-opinion.module';
import { HealthModule } from './health/health.module';
import { IdentityModule } from './identity/identity.module';
import { RegionsModule } from './regions/regions.module';
import { ContentModule } from './content/content.module';
import { QuizzesModule } from './quizzes/quizzes.module';
import { MarketsModule } from './markets/markets.module';
import { LessonReadsModule } from './content/lesson-reads.module';
import { ScreeningModule } from './screening/screening.module';
import { CareModule } from './care/care.module';
import { ReportsModule } from './reports/reports.module';

@Module({})
export class AppModule {
  static forRoot(config: HuleiConfig, logger: AppLogger = createLogger(config)): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(logger),
        DatabaseModule.forRoot(),
        CryptoModule,
        RateLimitModule,
        IdempotencyModule,
        HealthModule,
        RegionsModule,
        AuditModule,
        IdentityModule,
        HelpRequestsModule,
        ClocksModule,
        NotificationsModule,
        PublicOpinionModule,
        ContentModule,
        QuizzesModule,
        MarketsModule,
        LessonReadsModule,
        ScreeningModule,
        CareModule,
        ReportsModule,
      ],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: HttpExceptionFilter },
      ],
    };
  }
}
