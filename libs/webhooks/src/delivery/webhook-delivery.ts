import { Injectable, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  Checkpoint,
  Clock,
  EventStore,
  EventTypeCatalogue,
  RequestContext,
  StoredEvent,
  SYSTEM_ACTOR,
} from '@vendorwatch/event-store';
import { Webhook as Signer } from 'standardwebhooks';
import { ChangeWebhookCommand } from '../commands/change-webhook.command';
import { retryDelayMs, shouldGiveUp } from '../domain/retry-schedule';
import { isForAudience } from './event-audience';
import { AttemptRecord, DeliveryTarget, WebhookCursors } from './webhook-cursors';
import { AttemptOutcome, WebhookSender } from './webhook-sender';

const BATCH = 500;
/** Progress is written at least this often, which also renews the lease. */
const FLUSH_EVERY_MS = 1_000;

const checkpointOf = (event: StoredEvent): Checkpoint => ({
  transactionId: event.transactionId,
  position: event.position,
});

/**
 * Delivers one claimed webhook's events in commit order, one at a time, until it is caught up or an attempt fails
 * (then it schedules the retry, or after 24 h of failures disables the webhook). At least once: progress is
 * written after the attempts it covers, so a crash repeats a few deliveries and never skips one.
 */
@Injectable()
export class WebhookDelivery {
  private readonly logger = new Logger(WebhookDelivery.name);

  constructor(
    private readonly store: EventStore,
    private readonly catalogue: EventTypeCatalogue,
    private readonly cursors: WebhookCursors,
    private readonly sender: WebhookSender,
    private readonly commands: CommandBus,
    private readonly clock: Clock,
  ) {}

  async run(target: DeliveryTarget, stopping: AbortSignal): Promise<void> {
    const signer = new Signer(target.secret);
    let cursor = target.cursor;
    let failedBefore = target.attempts;
    let delivered: AttemptRecord[] = [];
    let flushedAt = Date.now();
    for (;;) {
      const events = stopping.aborted ? [] : await this.store.readCommittedFrom(cursor, target.fromPosition, BATCH);
      if (events.length === 0) {
        await this.cursors.advance(target, cursor, delivered, true);
        return;
      }
      for (const event of events) {
        if (stopping.aborted) break;
        if (!isForAudience(target, event, this.catalogue)) {
          cursor = checkpointOf(event);
          continue;
        }
        const outcome = await this.sender.send(target.url, signer, event, stopping);
        if (stopping.aborted) break;
        const record = recordOf(event, failedBefore + 1, outcome, this.clock.now());
        if (!outcome.delivered) {
          await this.retryLater(target, cursor, [...delivered, record], failedBefore + 1);
          return;
        }
        failedBefore = 0;
        delivered.push(record);
        cursor = checkpointOf(event);
        if (Date.now() - flushedAt >= FLUSH_EVERY_MS) {
          if (!(await this.cursors.advance(target, cursor, delivered, false))) return;
          [delivered, flushedAt] = [[], Date.now()];
        }
      }
      if (!(await this.cursors.advance(target, cursor, delivered, false))) return;
      [delivered, flushedAt] = [[], Date.now()];
    }
  }

  private async retryLater(target: DeliveryTarget, cursor: Checkpoint, attempts: AttemptRecord[], failed: number) {
    const now = this.clock.now();
    const failingSince = failed > 1 && target.failingSince ? target.failingSince : now;
    const nextAttemptAt = new Date(now.getTime() + retryDelayMs(failed));
    const current = await this.cursors.fail(target, cursor, attempts, {
      attempts: failed,
      nextAttemptAt,
      failingSince,
    });
    if (!current || !shouldGiveUp(failingSince, now)) return;
    this.logger.warn(`Webhook ${target.id} has failed since ${failingSince.toISOString()}: disabling it`);
    const last = attempts[attempts.length - 1];
    const reason = `Every delivery failed for 24 hours; the last: ${last.error ?? `status ${last.statusCode}`}.`;
    await RequestContext.run({ actor: SYSTEM_ACTOR }, () =>
      this.commands.execute(new ChangeWebhookCommand(target.id, { kind: 'disable', reason })),
    );
  }
}

function recordOf(event: StoredEvent, attempt: number, outcome: AttemptOutcome, at: Date): AttemptRecord {
  const { statusCode, error, durationMs } = outcome;
  return {
    eventId: event.eventId,
    eventType: event.type,
    position: event.position,
    attempt,
    statusCode,
    error,
    durationMs,
    attemptedAt: at,
  };
}
