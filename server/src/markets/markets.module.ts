import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ContentModule } from '../content/content.module';
import { IdentityModule } from '../identity/identity.module';
import { RegionsModule } from '../regions/regions.module';
import { MarketEventsController, MarketLandingController } from './markets.controller';
import { MarketsRepository } from './markets.repository';
import { MarketsService } from './markets.service';

@Module({
  imports: [AuditModule, ContentModule, IdentityModule, RegionsModule],
  controllers: [MarketEventsController, MarketLandingController],
  providers: [MarketsService, MarketsRepository],
  // Help requests and quizzes check a marketEventId and count with MarketsService.
  exports: [MarketsService],
})
export class MarketsModule {}
