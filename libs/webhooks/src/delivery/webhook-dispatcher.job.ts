import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { Clock, EventStore, Job, ProjectionEngine, ScheduledJob } from '@vendorwatch/event-store';
import { randomUUID } from 'node:crypto';
import { WebhookCursors } from './webhook-cursors';
import { WebhookDelivery } from './webhook-delivery';

/** Webhooks delivered at once by one process: a dead receiver holds one of them for 10 s, never the others. */
const POOL_SIZE = 16;

/**
 * Hands due webhooks to a bounded pool of delivery runs and returns at once, so neither the worker's loop (and
 * with it every projection) nor another webhook waits on a receiver. It claims when new events are announced, and
 * every second as a job (retries fall due as the clock moves). Each run holds its webhook's lease row: one process
 * at a time delivers a webhook, and another takes it over when that lease runs out.
 */
@Injectable()
@Job()
export class WebhookDispatcherJob implements ScheduledJob, BeforeApplicationShutdown {
  readonly name = 'webhook-dispatcher';
  readonly intervalMs = 1_000;
  private readonly logger = new Logger(WebhookDispatcherJob.name);
  private readonly owner = randomUUID();
  private readonly running = new Map<string, Promise<void>>();
  private readonly stopping = new AbortController();
  private readonly unsubscribe: () => void;
  private claiming?: Promise<void>;
  private claimAgain = false;
  /** Counts announcements, so a run that ends after one arrived claims again rather than leave it for the tick. */
  private announced = 0;
  /**
   * Whether any webhook is enabled, as of the last tick: while none is, announcements claim nothing (two queries
   * each, at every append's notification), and a webhook enabled meanwhile is picked up by the next tick.
   */
  private anyEnabled?: boolean;

  constructor(
    private readonly cursors: WebhookCursors,
    private readonly delivery: WebhookDelivery,
    private readonly clock: Clock,
    private readonly store: EventStore,
    engine: ProjectionEngine,
  ) {
    this.unsubscribe = engine.onAppend(() => {
      this.announced++;
      if (this.anyEnabled !== false) void this.claim();
    });
  }

  async run(): Promise<void> {
    this.anyEnabled = await this.cursors.anyEnabled();
    return this.claim();
  }

  /** One claim at a time (of the webhooks with events to read); a request during it gets one more claim after it. */
  private claim(): Promise<void> {
    if (this.stopping.signal.aborted) return Promise.resolve();
    if (this.claiming) {
      this.claimAgain = true;
      return this.claiming;
    }
    this.claiming = this.startDueRuns()
      .catch((error: Error) => this.logger.error(`Claiming due webhooks failed: ${error.message}`))
      .finally(() => {
        this.claiming = undefined;
        if (this.claimAgain) {
          this.claimAgain = false;
          void this.claim();
        }
      });
    return this.claiming;
  }

  private async startDueRuns(): Promise<void> {
    const free = POOL_SIZE - this.running.size;
    if (free <= 0) return;
    const head = await this.store.lastCommitted();
    if (!head) return;
    const due = await this.cursors.claimDue(this.owner, this.clock.now(), head, [...this.running.keys()], free);
    for (const target of due) {
      const announcedBefore = this.announced;
      const run = this.delivery
        .run(target, this.stopping.signal)
        .catch((error: Error) => this.logger.error(`Delivering webhook ${target.id} failed: ${error.message}`))
        .finally(() => {
          this.running.delete(target.id);
          if (this.announced > announcedBefore) void this.claim();
        });
      this.running.set(target.id, run);
    }
  }

  /** Before the database pool closes: attempts in flight are abandoned (and repeated by the next run). */
  async beforeApplicationShutdown(): Promise<void> {
    this.unsubscribe();
    this.stopping.abort();
    await this.claiming;
    await Promise.allSettled(this.running.values());
  }
}
