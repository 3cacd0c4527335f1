import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  AggregateRepository,
  Clock,
  EventStore,
  InjectAggregateRepository,
  WriteResult,
} from '@vendorwatch/event-store';
import { VendorScope } from '@vendorwatch/identity';
import { DataSource, EntityManager } from 'typeorm';
import { WebhookCursors } from '../delivery/webhook-cursors';
import { Webhook } from '../domain/webhook.aggregate';
import { ChangeWebhookCommand, WebhookChange } from './change-webhook.command';

/**
 * Applies a change to a webhook and, in the same transaction, what it means for deliveries: a replay sends the
 * cursor back, an enable ends the retry schedule, a delete stops the run in progress.
 */
@CommandHandler(ChangeWebhookCommand)
export class ChangeWebhookHandler implements ICommandHandler<ChangeWebhookCommand, WriteResult> {
  constructor(
    @InjectAggregateRepository(Webhook) private readonly webhooks: AggregateRepository<Webhook>,
    private readonly cursors: WebhookCursors,
    private readonly store: EventStore,
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  execute({ webhookId, change, ifMatch }: ChangeWebhookCommand): Promise<WriteResult> {
    const at = this.clock.now().toISOString();
    return this.db.transaction(async (manager) => {
      const result = await this.webhooks.update(webhookId, ifMatch, (webhook) => this.apply(webhook, change, at), {
        manager,
        assertVisible: (webhook) => VendorScope.assertVisible(webhook.vendorId ?? '', 'Webhook', webhookId),
      });
      await this.resetDelivery(manager, webhookId, change);
      return result;
    });
  }

  private apply(webhook: Webhook, change: WebhookChange, at: string): void {
    switch (change.kind) {
      case 'enable':
        return webhook.enable(at);
      case 'disable':
        return webhook.disable(change.reason, at);
      case 'delete':
        return webhook.delete(at);
      case 'test':
        return webhook.test(at);
      case 'replay':
        return webhook.replay(change.fromPosition, at);
    }
  }

  private async resetDelivery(manager: EntityManager, webhookId: string, change: WebhookChange): Promise<void> {
    if (change.kind === 'replay') {
      const cursor = await this.store.commitOrderCursorAt(change.fromPosition, manager);
      await this.cursors.rewind(manager, webhookId, cursor, change.fromPosition);
    } else if (change.kind === 'enable' || change.kind === 'delete') {
      await this.cursors.restart(manager, webhookId);
    }
  }
}
