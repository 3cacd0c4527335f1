import { DomainEvent } from '@vendorwatch/event-store';

/** `contractIds` null: every contract; `vendorId` set: a vendor user's webhook, confined to that vendor (SPEC §14). */
export class WebhookRegistered extends DomainEvent {
  static readonly type = 'WebhookRegistered';

  constructor(
    readonly webhookId: string,
    readonly url: string,
    readonly description: string | null,
    readonly eventTypes: string[],
    readonly contractIds: string[] | null,
    readonly vendorId: string | null,
    readonly registeredAt: string,
  ) {
    super();
  }
}

export class WebhookDisabled extends DomainEvent {
  static readonly type = 'WebhookDisabled';

  constructor(
    readonly webhookId: string,
    readonly reason: string,
    readonly disabledAt: string,
  ) {
    super();
  }
}

/** Deliveries go on from the first event the webhook had not delivered. */
export class WebhookEnabled extends DomainEvent {
  static readonly type = 'WebhookEnabled';

  constructor(
    readonly webhookId: string,
    readonly enabledAt: string,
  ) {
    super();
  }
}

export class WebhookDeleted extends DomainEvent {
  static readonly type = 'WebhookDeleted';

  constructor(
    readonly webhookId: string,
    readonly deletedAt: string,
  ) {
    super();
  }
}

/** Deliveries start again at the event of global position `fromPosition` (inclusive). */
export class WebhookReplayRequested extends DomainEvent {
  static readonly type = 'WebhookReplayRequested';

  constructor(
    readonly webhookId: string,
    readonly fromPosition: string,
    readonly requestedAt: string,
  ) {
    super();
  }
}

/** Delivered to this webhook only, in its turn after the events before it: a signed ping through the real path. */
export class WebhookTestRequested extends DomainEvent {
  static readonly type = 'WebhookTestRequested';

  constructor(
    readonly webhookId: string,
    readonly requestedAt: string,
  ) {
    super();
  }
}

export const WEBHOOK_EVENTS = [
  WebhookRegistered,
  WebhookDisabled,
  WebhookEnabled,
  WebhookDeleted,
  WebhookReplayRequested,
  WebhookTestRequested,
];
