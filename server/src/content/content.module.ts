import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { IdentityModule } from '../identity/identity.module';
import { RegionsModule } from '../regions/regions.module';
import { ContentAuthoringController } from './content-authoring.controller';
import { ContentController } from './content.controller';
import { ContentRepository } from './content.repository';
import { ContentService } from './content.service';

@Module({
  imports: [AuditModule, IdentityModule, RegionsModule],
  controllers: [ContentController, ContentAuthoringController],
  providers: [ContentService, ContentRepository],
  exports: [ContentService],
})
export class ContentModule {}
