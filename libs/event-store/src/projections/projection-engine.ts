import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { DATABASE_SETTINGS, DatabaseSettings, pgClientConfig } from '../database/database-settings';
import { EventStore } from '../store/event-store';
import { Projection } from './projection';
import { BatchResult, Checkpoint, PrefetchedBatch, ProjectionBatches } from './projection-batches';
import { EVENTS_CHANNEL, tryLease } from './projection-lease';
import { ProjectionRegistry } from './projection-registry';

/** A failing projection is retried after 1 s, doubling up to a minute; it never skips the event. */
const FIRST_RETRY_MS = 1000;
const MAX_RETRY_MS = 60_000;

export interface ProjectionEngineOptions {
  batchSize: number;
  /** Fallback poll when no notification arrives. */
  pollIntervalMs: number;
  /** How often a process retries the lease of a projection another process runs (its take-over delay). */
  leaseRetryMs: number;
}

export const PROJECTION_ENGINE_OPTIONS = Symbol('PROJECTION_ENGINE_OPTIONS');

/**
 * Runs the projections this process holds the lease of. A lease is a PostgreSQL session advisory lock held on one
 * dedicated connection, so it is released the moment the process or its connection dies and another process
 * takes the projection over. New events wake the loop through LISTEN/NOTIFY; a poll is the fallback.
 */
@Injectable()
export class ProjectionEngine implements BeforeApplicationShutdown {
  private readonly logger = new Logger(ProjectionEngine.name);
  private session?: Client;
  private readonly leased = new Set<string>();
  private readonly jobDue = new Map<string, number>();
  private readonly failures = new Map<string, { attempts: number; retryAt: number }>();
  private readonly appendListeners = new Set<() => void>();
  private lastLeaseAttempt = 0;
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  /** Set by a notification that arrives while the loop is busy, so the next sleep is skipped rather than lost. */
  private woken = false;
  private readonly batches: ProjectionBatches;

  constructor(
    private readonly db: DataSource,
    private readonly store: EventStore,
    private readonly registry: ProjectionRegistry,
    @Inject(DATABASE_SETTINGS) private readonly settings: DatabaseSettings,
    @Inject(PROJECTION_ENGINE_OPTIONS) private readonly options: ProjectionEngineOptions,
  ) {
    this.batches = new ProjectionBatches(db, store);
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    for (const projection of this.registry.all()) await this.ensureCheckpoint(projection.name);
    await this.connectSession();
    this.loop = this.run();
  }

  private async connectSession(): Promise<void> {
    const session = new Client(pgClientConfig(this.settings));
    session.on('notification', (message) => {
      if (message.payload !== this.settings.schema) return;
      this.nudge();
      for (const listener of this.appendListeners) listener();
    });
    session.on('error', (error) => this.loseSession(session, error));
    await session.connect();
    await session.query(`LISTEN ${EVENTS_CHANNEL}`);
    this.session = session;
    this.lastLeaseAttempt = 0;
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    this.leased.clear();
    await this.session?.end().catch(() => undefined);
    this.session = undefined;
  }

  /** Before the shutdown hooks, which close the database pool the current batch still uses. */
  beforeApplicationShutdown(): Promise<void> {
    return this.stop();
  }

  /** The projections (`projection:<name>`) and jobs (`job:<name>`) this process runs now. */
  leases(): string[] {
    return [...this.leased];
  }

  /**
   * Calls `listener` whenever new events are announced to this worker, outside its loop: for a consumer with its
   * own pace (the webhook dispatcher) that must not wait for the projections' batches. Answers the unsubscribe.
   */
  onAppend(listener: () => void): () => void {
    this.appendListeners.add(listener);
    return () => this.appendListeners.delete(listener);
  }

  /** Wakes the loop now (tests and jobs that just made work). */
  nudge(): void {
    this.woken = true;
    this.wake?.();
  }

  /** Applies the next batch (at most `limit` events) of one projection, atomically with its checkpoint. */
  processBatch(
    projection: Projection,
    limit = this.options.batchSize,
    prefetched?: PrefetchedBatch,
  ): Promise<BatchResult> {
    return this.batches.apply(projection, limit, prefetched);
  }

  /**
   * Empties a projection's tables and checkpoint, so it is rebuilt from the first event by whichever process
   * holds its lease (woken by the notification).
   */
  async reset(projection: Projection): Promise<void> {
    await this.ensureCheckpoint(projection.name);
    await this.db.transaction(async (manager) => {
      await manager.query(`SELECT 1 FROM projection_checkpoints WHERE projection = $1 FOR UPDATE`, [projection.name]);
      if (projection.tables.length) await manager.query(`TRUNCATE ${projection.tables.join(', ')}`);
      await manager.query(
        `UPDATE projection_checkpoints SET transaction_id = '0', global_position = 0, events_applied = 0, updated_at = now()
         WHERE projection = $1`,
        [projection.name],
      );
      await manager.query(`SELECT pg_notify($1, $2)`, [EVENTS_CHANNEL, this.settings.schema]);
    });
  }

  async ensureCheckpoint(name: string): Promise<void> {
    await this.db.query(`INSERT INTO projection_checkpoints (projection) VALUES ($1) ON CONFLICT DO NOTHING`, [name]);
  }

  private async run(): Promise<void> {
    while (this.running) {
      this.woken = false;
      try {
        if (!this.session) await this.connectSession();
        await this.acquireLeases();
        await this.catchUp();
        await this.runDueJobs();
      } catch (error) {
        this.logger.error(`Projection loop failed; retrying: ${(error as Error).message}`);
      }
      await this.sleep();
    }
  }

  /**
   * One batch per projection in turn, so a projection far behind does not hold the others back; one that fails is
   * retried later without holding them up. Projections at the same checkpoint (all of them, once caught up) share
   * one read of the batch and one transaction: the batch is applied to those it concerns, and every checkpoint moves
   * past it in one statement.
   */
  private async catchUp(): Promise<void> {
    for (let behind = true; behind && this.running;) {
      behind = false;
      for (const { after, projections } of await this.dueByCheckpoint()) {
        if (!this.running) return;
        const events = await this.store.readCommitted(after, this.options.batchSize);
        if (events.length === 0) continue;
        if (events.length === this.options.batchSize) behind = true;
        const batch = { after, events };
        const concerned = projections.filter((p) => !p.concerns || events.some((event) => p.concerns!(event)));
        const others = projections.filter((p) => !concerned.includes(p));
        if (concerned.length > 0 && (await this.batches.applyTogether(concerned, others, batch))) {
          this.recovered(projections);
          continue;
        }
        await this.batches.moveCheckpoints(others, batch);
        this.recovered(others);
        for (const projection of concerned) {
          if (!this.running) return;
          try {
            const { applied } = await this.processBatch(projection, this.options.batchSize, batch);
            if (applied === this.options.batchSize) behind = true;
            this.recovered([projection]);
          } catch (error) {
            await this.recordFailure(projection.name, error as Error);
          }
        }
      }
    }
  }

  /** The projections this process runs that are not waiting for a retry, grouped by their checkpoint. */
  private dueByCheckpoint(): Promise<{ after: Checkpoint; projections: Projection[] }[]> {
    const now = Date.now();
    return this.batches.byCheckpoint(
      this.registry
        .all()
        .filter(
          (p) => this.leased.has(leaseName('projection', p.name)) && (this.failures.get(p.name)?.retryAt ?? 0) <= now,
        ),
    );
  }

  private recovered(projections: Projection[]): void {
    for (const { name } of projections) {
      if (this.failures.delete(name)) this.logger.log(`Projection ${name} recovered`);
    }
  }

  /** Keeps the checkpoint where it is, schedules the retry, and records the reason where health reads it. */
  private async recordFailure(name: string, error: Error): Promise<void> {
    const attempts = (this.failures.get(name)?.attempts ?? 0) + 1;
    const wait = Math.min(FIRST_RETRY_MS * 2 ** (attempts - 1), MAX_RETRY_MS);
    this.failures.set(name, { attempts, retryAt: Date.now() + wait });
    this.logger.error(`Projection ${name} failed (attempt ${attempts}); retrying in ${wait} ms: ${error.message}`);
    await this.db
      .query(
        `UPDATE projection_checkpoints
         SET failing_since = coalesce(failing_since, now()), failure = $2, failed_attempts = $3 WHERE projection = $1`,
        [name, error.message.slice(0, 1000), attempts],
      )
      .catch(() => undefined);
  }

  private async runDueJobs(): Promise<void> {
    for (const job of this.registry.allJobs()) {
      if (!this.running || !this.leased.has(leaseName('job', job.name))) continue;
      if ((this.jobDue.get(job.name) ?? 0) > Date.now()) continue;
      this.jobDue.set(job.name, Date.now() + job.intervalMs);
      try {
        await job.run();
      } catch (error) {
        this.logger.error(`Job ${job.name} failed: ${(error as Error).message}`);
      }
    }
  }

  private allLeases(): string[] {
    return [
      ...this.registry.all().map((p) => leaseName('projection', p.name)),
      ...this.registry.allJobs().map((j) => leaseName('job', j.name)),
    ];
  }

  private async acquireLeases(): Promise<void> {
    const all = this.allLeases();
    const now = Date.now();
    if (!this.session || this.leased.size === all.length || now - this.lastLeaseAttempt < this.options.leaseRetryMs)
      return;
    this.lastLeaseAttempt = now;
    for (const lease of all) {
      if (this.leased.has(lease)) continue;
      if (await tryLease(this.session, this.settings.schema, lease)) {
        this.leased.add(lease);
        this.logger.log(`Running ${lease}`);
      }
    }
  }

  /** Without its session the process holds no lease any more: it stops applying and competes again. */
  private loseSession(session: Client, error: Error): void {
    if (this.session !== session) return;
    // While stopping, the session is being ended on purpose.
    if (this.running) this.logger.error(`Lost the projection lease connection: ${error.message}`);
    this.leased.clear();
    this.session = undefined;
    session.end().catch(() => undefined);
  }

  private sleep(): Promise<void> {
    const jobWaits = this.registry.allJobs().map((j) => j.intervalMs);
    const waits = [this.options.pollIntervalMs, ...jobWaits];
    if (this.leased.size < this.allLeases().length) waits.push(this.options.leaseRetryMs);
    const wait = Math.min(...waits);
    if (this.woken) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, wait);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}

export function leaseName(kind: 'projection' | 'job', name: string): string {
  return `${kind}:${name}`;
}
