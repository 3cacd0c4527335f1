import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Clock, StoredEvent, toAuditEvent } from '@vendorwatch/event-store';
import { Agent as HttpAgent, IncomingMessage, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { Webhook as Signer } from 'standardwebhooks';
import { WebhookDestination } from '../commands/webhook-destination';

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

function reasonOf(error: unknown, timedOut: boolean): string {
  if (timedOut) return `No answer within ${DELIVERY_TIMEOUT_MS / 1000} s.`;
  const { message, code } = error as Error & { code?: string };
  return (code && !message.includes(code) ? `${code}: ${message}` : message).slice(0, MAX_ERROR_LENGTH);
}

/**
 * One signed POST of one event (Standard Webhooks: `webhook-id` is the event id on every attempt and replay), on
 * kept-alive connections: several times the rate of a fresh connection (or of fetch) per delivery.
 */
@Injectable()
export class WebhookSender implements OnApplicationShutdown {
  private readonly agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };

  constructor(
    private readonly clock: Clock,
    private readonly destination: WebhookDestination,
  ) {}

  async send(url: string, signer: Signer, event: StoredEvent, stopping: AbortSignal): Promise<AttemptOutcome> {
    const body = deliveryBody(event);
    const at = this.clock.now();
    const headers = {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(body)),
      'webhook-id': event.eventId,
      'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
      'webhook-signature': signer.sign(event.eventId, at, body),
    };
    const timeout = AbortSignal.timeout(DELIVERY_TIMEOUT_MS);
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    try {
      const statusCode = await this.post(new URL(url), headers, body, AbortSignal.any([timeout, stopping]));
      return { delivered: statusCode >= 200 && statusCode < 300, statusCode, error: null, durationMs: elapsed() };
    } catch (error) {
      return { delivered: false, statusCode: null, error: reasonOf(error, timeout.aborted), durationMs: elapsed() };
    }
  }

  onApplicationShutdown(): void {
    this.agents.http.destroy();
    this.agents.https.destroy();
  }

  /** The status code, once the whole answer has arrived (its body is read and dropped). */
  private post(url: URL, headers: Record<string, string>, body: string, signal: AbortSignal): Promise<number> {
    const https = url.protocol === 'https:';
    const send = https ? httpsRequest : httpRequest;
    const agent = https ? this.agents.https : this.agents.http;
    const lookup = this.destination.connectionLookup;
    return new Promise((resolve, reject) => {
      const request = send(url, { method: 'POST', headers, agent, signal, lookup }, (response: IncomingMessage) => {
        response.on('error', reject);
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.resume();
      });
      request.on('error', reject);
      request.end(body);
    });
  }
}
