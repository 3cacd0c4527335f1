import { CommonErrorCode, EventSourcedAggregate, InvalidStateError, NotFoundError } from '@vendorwatch/event-store';
import {
  WEBHOOK_EVENTS,
  WebhookDeleted,
  WebhookDisabled,
  WebhookEnabled,
  WebhookRegistered,
  WebhookReplayRequested,
  WebhookTestRequested,
} from './webhook.events';

export type WebhookStatus = 'enabled' | 'disabled' | 'deleted';

export interface WebhookDefinition {
  url: string;
  description: string | null;
  eventTypes: string[];
  contractIds: string[] | null;
  vendorId: string | null;
}

/** A subscription of an outside system to the product's events (SPEC §14). A deleted webhook is gone (404). */
export class Webhook extends EventSourcedAggregate {
  static readonly streamType = 'Webhook';
  static readonly events = WEBHOOK_EVENTS;

  private status: WebhookStatus = 'enabled';
  private owner: string | null = null;

  /** The vendor whose user registered it, or null for staff's. */
  get vendorId(): string | null {
    return this.owner;
  }

  static register(id: string, definition: WebhookDefinition, at: string): Webhook {
    const { url, description, eventTypes, contractIds, vendorId } = definition;
    const webhook = new Webhook();
    webhook.id = id;
    webhook.apply(new WebhookRegistered(id, url, description, [...new Set(eventTypes)], contractIds, vendorId, at));
    return webhook;
  }

  /** Disabling a disabled webhook changes nothing. */
  disable(reason: string, at: string): void {
    this.assertExists();
    if (this.status === 'enabled') this.apply(new WebhookDisabled(this.id, reason, at));
  }

  /** Enabling an enabled webhook changes nothing. */
  enable(at: string): void {
    this.assertExists();
    if (this.status === 'disabled') this.apply(new WebhookEnabled(this.id, at));
  }

  delete(at: string): void {
    this.assertExists();
    this.apply(new WebhookDeleted(this.id, at));
  }

  replay(fromPosition: string, at: string): void {
    this.assertExists();
    this.apply(new WebhookReplayRequested(this.id, fromPosition, at));
  }

  test(at: string): void {
    this.assertExists();
    if (this.status === 'disabled') {
      throw new InvalidStateError(
        CommonErrorCode.INVALID_STATUS,
        'The webhook is disabled, so a test would not be delivered: enable it first.',
      );
    }
    this.apply(new WebhookTestRequested(this.id, at));
  }

  private assertExists(): void {
    if (this.status === 'deleted') throw NotFoundError.of('Webhook', this.id);
  }

  protected onWebhookRegistered(event: WebhookRegistered): void {
    this.id = event.webhookId;
    this.owner = event.vendorId;
  }

  protected onWebhookDisabled(): void {
    this.status = 'disabled';
  }

  protected onWebhookEnabled(): void {
    this.status = 'enabled';
  }

  protected onWebhookDeleted(): void {
    this.status = 'deleted';
  }
}
