import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { PublicResponseCache } from '../common/http/public-cache';
import { IdentityModule } from '../identity/identity.module';
import { RegionsModule } from '../regions/regions.module';
import { ContentAuthoringController } from './content-authoring.controller';
import { ContentController } from './content.controller';
import { ContentRepository } from './content.repository';
import { ContentService } from './content.service';

@Module({
  imports: [AuditModule, IdentityModule, RegionsModule],
  controllers: [ContentController, ContentAuthoringController],
  // One cache of public answers for the app: app.factory puts it in front of the router; content and markets invalidate it.
  providers: [ContentService, ContentRepository, PublicResponseCache],
  exports: [ContentService, PublicResponseCache],
})
export class ContentModule {}
