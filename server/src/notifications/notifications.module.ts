import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { NotificationSender } from './notification-sender';
import { NotificationsController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';

@Module({
  imports: [IdentityModule],
  controllers: [NotificationsController],
  providers: [NotificationsRepository, NotificationsService, NotificationSender],
  exports: [NotificationsService],
})
export class NotificationsModule {}
