import { Injectable } from '@nestjs/common';
import { Clock, StoredEvent, toAuditEvent } from '@vendorwatch/event-store';
import { Webhook as Signer } from 'standardwebhooks';

/** SPEC §14: an answer 2xx within 10 s is a delivery. */
export const DELIVERY_TIMEOUT_MS = 10_000;
const MAX_ERROR_LENGTH = 500;

export interface AttemptOutcome {
  delivered: boolean;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

/** The Standard Webhooks body: the event as GET /audit/events shows it. */
export function deliveryBody(event: StoredEvent): string {
  return JSON.stringify({ type: event.type, timestamp: event.recordedAt, data: toAuditEvent(event) });
}

function reasonOf(error: unknown): string {
  const { name, message, cause } = error as Error & { cause?: { code?: string; message?: string } };
  if (name === 'TimeoutError') return `No answer within ${DELIVERY_TIMEOUT_MS / 1000} s.`;
  const detail = cause?.code ?? cause?.message;
  return (detail ? `${message}: ${detail}` : message).slice(0, MAX_ERROR_LENGTH);
}

/** One signed POST of one event (Standard Webhooks: `webhook-id` is the event id on every attempt and replay). */
@Injectable()
export class WebhookSender {
  constructor(private readonly clock: Clock) {}

  async send(url: string, signer: Signer, event: StoredEvent, stopping: AbortSignal): Promise<AttemptOutcome> {
    const body = deliveryBody(event);
    const at = this.clock.now();
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    try {
      const response = await fetch(url, {
        method: 'POST',
        redirect: 'manual',
        headers: {
          'content-type': 'application/json',
          'webhook-id': event.eventId,
          'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
          'webhook-signature': signer.sign(event.eventId, at, body),
        },
        body,
        signal: AbortSignal.any([AbortSignal.timeout(DELIVERY_TIMEOUT_MS), stopping]),
      });
      await response.arrayBuffer();
      const delivered = response.status >= 200 && response.status < 300;
      return { delivered, statusCode: response.status, error: null, durationMs: elapsed() };
    } catch (error) {
      return { delivered: false, statusCode: null, error: reasonOf(error), durationMs: elapsed() };
    }
  }
}
