import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ClocksModule } from '../clocks/clocks.module';
import { HelpRequestsModule } from '../help-requests/help-requests.module';
import { IdentityModule } from '../identity/identity.module';
import { RegionsModule } from '../regions/regions.module';
import { ScreeningModule } from '../screening/screening.module';
import { CareRetentionJobs } from './care-retention.jobs';
import { CareRecordsController, FollowUpPlansController } from './care.controller';
import { CareRepository } from './care.repository';
import { CareLedgerService } from './care.service';

@Module({
  imports: [AuditModule, ClocksModule, IdentityModule, RegionsModule, HelpRequestsModule, ScreeningModule],
  controllers: [CareRecordsController, FollowUpPlansController],
  providers: [CareRepository, CareLedgerService, CareRetentionJobs],
  exports: [CareLedgerService],
})
export class CareModule {}
