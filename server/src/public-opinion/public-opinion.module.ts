import { Module } from '@nestjs/common';
import { ClocksModule } from '../clocks/clocks.module';
import { IdentityModule } from '../identity/identity.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { RegionsModule } from '../regions/regions.module';
import { PublicOpinionController } from './public-opinion.controller';
import { PublicOpinionRepository } from './public-opinion.repository';
import { PublicOpinionService } from './public-opinion.service';

@Module({
  imports: [ClocksModule, IdentityModule, NotificationsModule, RegionsModule],
  controllers: [PublicOpinionController],
  providers: [PublicOpinionRepository, PublicOpinionService],
  exports: [PublicOpinionService],
})
export class PublicOpinionModule {}
