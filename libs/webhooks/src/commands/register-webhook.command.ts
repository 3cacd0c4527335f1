export interface WebhookRequest {
  url: string;
  description: string | null;
  eventTypes: string[];
  contractIds: string[] | null;
}

export class RegisterWebhookCommand {
  constructor(readonly request: WebhookRequest) {}
}
