import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ClocksModule } from '../clocks/clocks.module';
import { MarketsModule } from '../markets/markets.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { IdentityModule } from '../identity/identity.module';
import { RegionsModule } from '../regions/regions.module';
import { CadreHelpRequestsController } from './cadre-help-requests.controller';
import { CadreHelpRequestsService } from './cadre-help-requests.service';
import { HelpRequestClocks } from './help-request-clocks';
import { HelpRequestRetentionService } from './help-request-retention.service';
import { HelpRequestsController } from './help-requests.controller';
import { HelpRequestsRepository } from './help-requests.repository';
import { HelpRequestsService } from './help-requests.service';

@Module({
  imports: [AuditModule, IdentityModule, RegionsModule, ClocksModule, NotificationsModule, MarketsModule],
  controllers: [HelpRequestsController, CadreHelpRequestsController],
  providers: [
    HelpRequestsRepository,
    HelpRequestsService,
    CadreHelpRequestsService,
    HelpRequestRetentionService,
    HelpRequestClocks,
  ],
  exports: [HelpRequestsService, CadreHelpRequestsService, HelpRequestRetentionService],
})
export class HelpRequestsModule {}
