import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { NotFoundError, queryRow, queryRows } from '@vendorwatch/event-store';
import { DataSource } from 'typeorm';
import { GetWebhookQuery, ListWebhookDeliveriesQuery, ListWebhooksQuery } from './webhook.queries';
import { DeliveryAttemptView, toWebhookView, WEBHOOK_COLUMNS, WebhookView } from './webhook-views';

type Listed<T> = { items: T[]; total: number };

@QueryHandler(ListWebhooksQuery)
export class ListWebhooksHandler implements IQueryHandler<ListWebhooksQuery, Listed<WebhookView>> {
  constructor(private readonly db: DataSource) {}

  async execute({ vendorId, page }: ListWebhooksQuery): Promise<Listed<WebhookView>> {
    const scope = `status <> 'deleted' AND ($1::text IS NULL OR vendor_id = $1)`;
    const [{ total }] = await queryRows<{ total: number }>(
      this.db,
      `SELECT count(*)::int AS total FROM webhooks WHERE ${scope}`,
      [vendorId ?? null],
    );
    const rows = await queryRows<WebhookView>(
      this.db,
      `SELECT ${WEBHOOK_COLUMNS} FROM webhooks WHERE ${scope} ORDER BY registered_at, id LIMIT $2 OFFSET $3`,
      [vendorId ?? null, page.limit, page.offset],
    );
    return { items: rows.map(toWebhookView), total };
  }
}

@QueryHandler(GetWebhookQuery)
export class GetWebhookHandler implements IQueryHandler<GetWebhookQuery, WebhookView> {
  constructor(private readonly db: DataSource) {}

  async execute({ webhookId, vendorId }: GetWebhookQuery): Promise<WebhookView> {
    const row = await queryRow<WebhookView>(
      this.db,
      `SELECT ${WEBHOOK_COLUMNS} FROM webhooks
       WHERE id = $1 AND status <> 'deleted' AND ($2::text IS NULL OR vendor_id = $2)`,
      [webhookId, vendorId ?? null],
    );
    if (!row) throw NotFoundError.of('Webhook', webhookId);
    return toWebhookView(row);
  }
}

@QueryHandler(ListWebhookDeliveriesQuery)
export class ListWebhookDeliveriesHandler implements IQueryHandler<
  ListWebhookDeliveriesQuery,
  Listed<DeliveryAttemptView>
> {
  constructor(
    private readonly db: DataSource,
    private readonly queries: QueryBus,
  ) {}

  async execute({ webhookId, vendorId, page }: ListWebhookDeliveriesQuery): Promise<Listed<DeliveryAttemptView>> {
    await this.queries.execute(new GetWebhookQuery(webhookId, vendorId));
    const [{ total }] = await queryRows<{ total: number }>(
      this.db,
      `SELECT count(*)::int AS total FROM webhook_attempts WHERE webhook_id = $1`,
      [webhookId],
    );
    const rows = await queryRows<DeliveryAttemptView & { attemptedAt: Date }>(
      this.db,
      `SELECT event_id AS "eventId", event_type AS "eventType", event_position::text AS position, attempt,
         status_code AS "statusCode", error, duration_ms AS "durationMs", attempted_at AS "attemptedAt"
       FROM webhook_attempts WHERE webhook_id = $1 ORDER BY id DESC LIMIT $2 OFFSET $3`,
      [webhookId, page.limit, page.offset],
    );
    return { items: rows.map((row) => ({ ...row, attemptedAt: row.attemptedAt.toISOString() })), total };
  }
}
