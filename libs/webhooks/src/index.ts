export * from './webhooks.module';
export * from './domain/webhook.events';
export { WebhookErrorCode } from './domain/webhook-errors';
export type { WebhooksOptions } from './commands/webhook-destination';
export { WebhookBacklogs } from './delivery/webhook-backlogs';
export type { WebhookBacklog } from './delivery/webhook-backlogs';
export { deliveryBody } from './delivery/webhook-sender';
