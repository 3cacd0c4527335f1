import { WebhookStatus } from '../domain/webhook.aggregate';

/** A webhook as GET /webhooks shows it (never its secret). */
export interface WebhookView {
  id: string;
  url: string;
  description: string | null;
  eventTypes: string[];
  contractIds: string[] | null;
  vendorId: string | null;
  status: Exclude<WebhookStatus, 'deleted'>;
  disabledReason: string | null;
  registeredAt: string;
  version: number;
}

/** One attempt of GET /webhooks/:id/deliveries. */
export interface DeliveryAttemptView {
  eventId: string;
  eventType: string;
  position: string;
  attempt: number;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  attemptedAt: string;
}

export const WEBHOOK_COLUMNS = `id, url, description, event_types AS "eventTypes", contract_ids AS "contractIds",
  vendor_id AS "vendorId", status, disabled_reason AS "disabledReason", registered_at AS "registeredAt", version`;

export function toWebhookView(row: WebhookView & { registeredAt: string | Date }): WebhookView {
  return { ...row, registeredAt: new Date(row.registeredAt).toISOString() };
}
