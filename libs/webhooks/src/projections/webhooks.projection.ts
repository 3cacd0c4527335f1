import { Injectable } from '@nestjs/common';
import { InlineProjection, InlineReadModel, isEvent, StoredEvent } from '@vendorwatch/event-store';
import { EntityManager } from 'typeorm';
import { Webhook } from '../domain/webhook.aggregate';
import { WebhookDeleted, WebhookDisabled, WebhookEnabled, WebhookRegistered } from '../domain/webhook.events';

export const WEBHOOKS_PROJECTION = 'webhooks';

/**
 * Each webhook's definition and status, written in the transaction of each webhook append (ADR 0010): the dispatcher
 * never delivers to a webhook deleted or disabled by a committed command, and a read after a write sees it.
 */
@Injectable()
@InlineReadModel()
export class WebhooksProjection implements InlineProjection {
  readonly name = WEBHOOKS_PROJECTION;
  readonly tables = ['webhooks'];
  readonly streamTypes = [Webhook.streamType];

  async apply(events: StoredEvent[], manager: EntityManager): Promise<void> {
    for (const event of events) await this.applyOne(event, manager);
  }

  private async applyOne(event: StoredEvent, manager: EntityManager): Promise<void> {
    if (isEvent(event, WebhookRegistered)) {
      const { webhookId, url, description, eventTypes, contractIds, vendorId, registeredAt } = event.data;
      await manager.query(
        `INSERT INTO webhooks (id, url, description, event_types, contract_ids, vendor_id, status, registered_at, version)
         VALUES ($1, $2, $3, $4, $5, $6, 'enabled', $7, $8) ON CONFLICT (id) DO NOTHING`,
        [webhookId, url, description, eventTypes, contractIds, vendorId, registeredAt, event.version],
      );
      return;
    }
    const change = isEvent(event, WebhookDisabled)
      ? { status: 'disabled', reason: event.data.reason }
      : isEvent(event, WebhookEnabled)
        ? { status: 'enabled', reason: null }
        : isEvent(event, WebhookDeleted)
          ? { status: 'deleted', reason: null }
          : undefined;
    if (change) {
      await manager.query(`UPDATE webhooks SET status = $2, disabled_reason = $3, version = $4 WHERE id = $1`, [
        event.streamId,
        change.status,
        change.reason,
        event.version,
      ]);
    } else {
      await manager.query(`UPDATE webhooks SET version = $2 WHERE id = $1`, [event.streamId, event.version]);
    }
  }
}
