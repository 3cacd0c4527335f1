import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { Clock, Job, ScheduledJob } from '@vendorwatch/event-store';
import { randomUUID } from 'node:crypto';
import { WebhookCursors } from './webhook-cursors';
import { WebhookDelivery } from './webhook-delivery';

/** Webhooks delivered at once by one process: a dead receiver holds one of them for 10 s, never the others. */
const POOL_SIZE = 16;

/**
 * Hands due webhooks to a bounded pool of delivery runs and returns at once, so the worker's loop (and with it
 * every projection) never waits on a receiver. Each run holds its webhook's lease row: one process at a time
 * delivers a webhook, and another takes it over when that lease runs out.
 */
@Injectable()
@Job()
export class WebhookDispatcherJob implements ScheduledJob, BeforeApplicationShutdown {
  readonly name = 'webhook-dispatcher';
  readonly intervalMs = 1_000;
  readonly runsOnAppend = true;
  private readonly logger = new Logger(WebhookDispatcherJob.name);
  private readonly owner = randomUUID();
  private readonly running = new Map<string, Promise<void>>();
  private readonly stopping = new AbortController();

  constructor(
    private readonly cursors: WebhookCursors,
    private readonly delivery: WebhookDelivery,
    private readonly clock: Clock,
  ) {}

  async run(): Promise<void> {
    const free = POOL_SIZE - this.running.size;
    if (free <= 0 || this.stopping.signal.aborted) return;
    const due = await this.cursors.claimDue(this.owner, this.clock.now(), [...this.running.keys()], free);
    for (const target of due) {
      const run = this.delivery
        .run(target, this.stopping.signal)
        .catch((error: Error) => this.logger.error(`Delivering webhook ${target.id} failed: ${error.message}`))
        .finally(() => this.running.delete(target.id));
      this.running.set(target.id, run);
    }
  }

  /** Before the database pool closes: attempts in flight are abandoned (and repeated by the next run). */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping.abort();
    await Promise.allSettled(this.running.values());
  }
}
