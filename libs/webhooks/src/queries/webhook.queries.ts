import { Query } from '@nestjs/cqrs';
import type { DeliveryAttemptView, WebhookView } from './webhook-views';

type PageRequest = { limit: number; offset: number };

/** The webhooks a caller may see: a vendor user only its vendor's. */
export class ListWebhooksQuery extends Query<{ items: WebhookView[]; total: number }> {
  constructor(
    readonly vendorId: string | undefined,
    readonly page: PageRequest,
  ) {
    super();
  }
}

/** 404 when deleted, unknown or not the caller's to see. */
export class GetWebhookQuery extends Query<WebhookView> {
  constructor(
    readonly webhookId: string,
    readonly vendorId: string | undefined,
  ) {
    super();
  }
}

/** A webhook's delivery attempts, newest first. */
export class ListWebhookDeliveriesQuery extends Query<{ items: DeliveryAttemptView[]; total: number }> {
  constructor(
    readonly webhookId: string,
    readonly vendorId: string | undefined,
    readonly page: PageRequest,
  ) {
    super();
  }
}
