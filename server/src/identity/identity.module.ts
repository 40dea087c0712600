import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuditModule } from '../audit/audit.module';
import { ClocksModule } from '../clocks/clocks.module';
import { HULEI_CONFIG, type HuleiConfig } from '../common/config/config';
import { RegionsModule } from '../regions/regions.module';
import { AccountsController } from './accounts.controller';
import { AccountsRepository } from './accounts.repository';
import { AccountsService } from './accounts.service';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { AuthGuard } from './auth/auth.guard';
import { JurisdictionService } from './jurisdiction.service';
import { SessionsRepository } from './sessions.repository';
import { WechatLoginSessions } from './wechat-login-sessions';
import { WECHAT_SESSIONS } from './wechat-sessions';

@Module({
  imports: [AuditModule, RegionsModule, ClocksModule],
  controllers: [AuthController, AccountsController],
  providers: [
    AccountsRepository,
    SessionsRepository,
    AuthService,
    AccountsService,
    JurisdictionService,
    {
      provide: WECHAT_SESSIONS,
      inject: [HULEI_CONFIG],
      useFactory: (config: HuleiConfig) => new WechatLoginSessions(config.wechat),
    },
    // Every route of every module passes this guard: it applies the route's access declaration.
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AccountsService, JurisdictionService, AuthService],
})
export class IdentityModule {}
