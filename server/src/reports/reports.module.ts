import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CareModule } from '../care/care.module';
import { ClocksModule } from '../clocks/clocks.module';
import { ContentModule } from '../content/content.module';
import { LessonReadsModule } from '../content/lesson-reads.module';
import { HelpRequestsModule } from '../help-requests/help-requests.module';
import { IdentityModule } from '../identity/identity.module';
import { MarketsModule } from '../markets/markets.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PublicOpinionModule } from '../public-opinion/public-opinion.module';
import { QuizzesModule } from '../quizzes/quizzes.module';
import { RegionsModule } from '../regions/regions.module';
import { ScreeningModule } from '../screening/screening.module';
import { DashboardService } from './dashboard.service';
import { ReportExportsService } from './report-exports.service';
import { ReportFiguresService } from './report-figures.service';
import { ReportSchedule } from './report-schedule';
import { DashboardsController, ReportsController } from './reports.controller';
import { ReportsRepository } from './reports.repository';
import { ReportsService } from './reports.service';

@Module({
  imports: [
    AuditModule,
    IdentityModule,
    RegionsModule,
    ClocksModule,
    NotificationsModule,
    HelpRequestsModule,
    PublicOpinionModule,
    QuizzesModule,
    MarketsModule,
    ContentModule,
    LessonReadsModule,
    ScreeningModule,
    CareModule,
  ],
  controllers: [ReportsController, DashboardsController],
  providers: [
    ReportsRepository,
    ReportFiguresService,
    ReportsService,
    ReportExportsService,
    DashboardService,
    ReportSchedule,
  ],
  exports: [ReportsService, ReportSchedule],
})
export class ReportsModule {}
