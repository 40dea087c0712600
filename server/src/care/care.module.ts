import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { HelpRequestsModule } from '../help-requests/help-requests.module';
import { IdentityModule } from '../identity/identity.module';
import { RegionsModule } from '../regions/regions.module';
import { ScreeningModule } from '../screening/screening.module';
import { CareRetentionScheduler } from './care-retention.scheduler';
import { CareRecordsController, FollowUpPlansController } from './care.controller';
import { CareRepository } from './care.repository';
import { CareLedgerService } from './care.service';

@Module({
  imports: [AuditModule, IdentityModule, RegionsModule, HelpRequestsModule, ScreeningModule],
  controllers: [CareRecordsController, FollowUpPlansController],
  providers: [CareRepository, CareLedgerService, CareRetentionScheduler],
  exports: [CareLedgerService],
})
export class CareModule {}
