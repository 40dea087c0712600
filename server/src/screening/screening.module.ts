import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { HelpRequestsModule } from '../help-requests/help-requests.module';
import { IdentityModule } from '../identity/identity.module';
import { RegionsModule } from '../regions/regions.module';
import { ScreeningController } from './screening.controller';
import { ScreeningRepository } from './screening.repository';
import { ScreeningService } from './screening.service';

@Module({
  imports: [AuditModule, IdentityModule, RegionsModule, HelpRequestsModule],
  controllers: [ScreeningController],
  providers: [ScreeningRepository, ScreeningService],
  exports: [ScreeningService],
})
export class ScreeningModule {}
