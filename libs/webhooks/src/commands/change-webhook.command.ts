export type WebhookChange =
  | { kind: 'enable' }
  | { kind: 'disable'; reason: string }
  | { kind: 'delete' }
  | { kind: 'test' }
  | { kind: 'replay'; fromPosition: string };

/** One of the commands on an existing webhook; each also resets its delivery state as the change requires. */
export class ChangeWebhookCommand {
  constructor(
    readonly webhookId: string,
    readonly change: WebhookChange,
    readonly ifMatch?: number,
  ) {}
}
