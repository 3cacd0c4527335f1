import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ContractsModule } from '@vendorwatch/contracts';
import { EventStoreModule } from '@vendorwatch/event-store';
import { ChangeWebhookHandler } from './commands/change-webhook.handler';
import { RegisterWebhookHandler } from './commands/register-webhook.handler';
import { WEBHOOKS_OPTIONS, WebhookDestination, WebhooksOptions } from './commands/webhook-destination';
import { WebhookBacklogs } from './delivery/webhook-backlogs';
import { WebhookCursors } from './delivery/webhook-cursors';
import { WebhookDelivery } from './delivery/webhook-delivery';
import { WebhookDispatcherJob } from './delivery/webhook-dispatcher.job';
import { WebhookSender } from './delivery/webhook-sender';
import { Webhook } from './domain/webhook.aggregate';
import { WebhooksController } from './http/webhooks.controller';
import { WebhooksProjection } from './projections/webhooks.projection';
import {
  GetWebhookHandler,
  ListWebhookDeliveriesHandler,
  ListWebhooksHandler,
} from './queries/webhook-queries.handler';

/** SPEC §14 webhooks: registration and the worker's deliveries from the event store (ADR 0010). */
@Module({})
export class WebhooksModule {
  static forRoot(options: WebhooksOptions): DynamicModule {
    return {
      module: WebhooksModule,
      imports: [CqrsModule, ContractsModule, EventStoreModule.forFeature({ aggregates: [Webhook] })],
      controllers: [WebhooksController],
      providers: [
        { provide: WEBHOOKS_OPTIONS, useValue: options },
        WebhookDestination,
        WebhooksProjection,
        WebhookCursors,
        WebhookSender,
        WebhookDelivery,
        WebhookDispatcherJob,
        WebhookBacklogs,
        RegisterWebhookHandler,
        ChangeWebhookHandler,
        ListWebhooksHandler,
        GetWebhookHandler,
        ListWebhookDeliveriesHandler,
      ],
      exports: [WebhookBacklogs],
    };
  }
}
