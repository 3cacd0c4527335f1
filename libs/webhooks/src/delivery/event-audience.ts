import { StoredEvent } from '@vendorwatch/event-store';
import { VendorDueDiligenceRecorded, VendorEvaluated, VendorReferenceChecked } from '@vendorwatch/vendors';
import { Webhook } from '../domain/webhook.aggregate';
import { WebhookTestRequested } from '../domain/webhook.events';

/** What a webhook subscribed to, as the dispatcher filters events with it. */
export interface WebhookAudience {
  id: string;
  eventTypes: string[];
  contractIds: string[] | null;
  vendorId: string | null;
}

/** Procurement's internal assessment, which a vendor user never sees (SPEC §2). */
const INTERNAL_ASSESSMENT = new Set<string>([
  VendorEvaluated.type,
  VendorReferenceChecked.type,
  VendorDueDiligenceRecorded.type,
]);

function idsNamed(data: unknown, one: string, many: string): string[] {
  if (typeof data !== 'object' || data === null) return [];
  const record = data as Record<string, unknown>;
  const single = typeof record[one] === 'string' ? [record[one]] : [];
  const list = Array.isArray(record[many]) ? record[many].filter((v): v is string => typeof v === 'string') : [];
  return [...single, ...list];
}

/**
 * Whether `event` goes to the webhook (SPEC §14): one of its event types (or `*`) among the `catalogue`'s; with
 * `contractIds`, only events naming one of them; a vendor's webhook also gets its own vendor's events and never
 * an event naming another vendor. Of the webhooks' own stream, a webhook gets only its own test pings.
 */
export function isForAudience(webhook: WebhookAudience, event: StoredEvent, catalogue: { has(type: string): boolean }) {
  if (event.streamType === Webhook.streamType) {
    return event.type === WebhookTestRequested.type && event.streamId === webhook.id;
  }
  if (!catalogue.has(event.type)) return false;
  if (!webhook.eventTypes.includes('*') && !webhook.eventTypes.includes(event.type)) return false;
  if (webhook.vendorId !== null) {
    if (INTERNAL_ASSESSMENT.has(event.type)) return false;
    const vendors = idsNamed(event.data, 'vendorId', 'vendorIds');
    if (vendors.some((vendorId) => vendorId !== webhook.vendorId)) return false;
    if (vendors.length > 0) return true;
  }
  if (webhook.contractIds === null) return true;
  const contracts = idsNamed(event.data, 'contractId', 'contractIds');
  return contracts.some((contractId) => webhook.contractIds!.includes(contractId));
}
