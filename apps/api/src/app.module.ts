import { DynamicModule, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { CalendarsModule } from '@vendorwatch/calendars';
import { ContractsModule } from '@vendorwatch/contracts';
import { EscalationsModule } from '@vendorwatch/escalations';
import {
  CsvResponseInterceptor,
  DatabaseSettings,
  EventStoreModule,
  IdempotencyInterceptor,
} from '@vendorwatch/event-store';
import { IdentityModule } from '@vendorwatch/identity';
import { InteractionsModule } from '@vendorwatch/interactions';
import { NotificationsModule } from '@vendorwatch/notifications';
import { QaModule } from '@vendorwatch/qa';
import { ReportingModule } from '@vendorwatch/reporting';
import { SlasModule } from '@vendorwatch/slas';
import { VendorsModule } from '@vendorwatch/vendors';
import { WebhooksModule } from '@vendorwatch/webhooks';
import { AppConfig } from './config';
import { HealthController } from './health.controller';

/** Composes the bounded contexts into the HTTP app; no business rule lives here. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, database: DatabaseSettings): DynamicModule {
    return {
      module: AppModule,
      imports: [
        EventStoreModule.forRoot({ database: { ...database, replicaUrl: config.databaseReplicaUrl } }),
        IdentityModule.forRoot({
          jwtSecret: config.jwtSecret,
          admin: config.admin,
          rateLimitPerMinute: config.rateLimitPerMinute,
          production: config.production,
        }),
        NotificationsModule.forRoot(config.mail),
        VendorsModule,
        ContractsModule,
        SlasModule,
        QaModule,
        EscalationsModule,
        ReportingModule,
        InteractionsModule,
        CalendarsModule,
        WebhooksModule.forRoot({ allowPrivateNetworks: config.webhookAllowPrivateNetworks }),
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
        { provide: APP_INTERCEPTOR, useClass: CsvResponseInterceptor },
      ],
    };
  }
}
