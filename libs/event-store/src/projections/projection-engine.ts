import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { DATABASE_SETTINGS, DatabaseSettings, pgClientConfig } from '../database/database-settings';
import { queryRows } from '../database/typed-query';
import { EventStore } from '../store/event-store';
import { StoredEvent } from '../store/stored-event';
import { Projection } from './projection';
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

export interface Checkpoint {
  transactionId: string;
  position: string;
}

export interface PrefetchedBatch {
  after: Checkpoint;
  events: StoredEvent[];
}

export interface BatchResult {
  applied: number;
  position: string;
}

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

  constructor(
    private readonly db: DataSource,
    private readonly store: EventStore,
    private readonly registry: ProjectionRegistry,
    @Inject(DATABASE_SETTINGS) private readonly settings: DatabaseSettings,
    @Inject(PROJECTION_ENGINE_OPTIONS) private readonly options: ProjectionEngineOptions,
  ) {}

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
  /**
   * `prefetched` events, read ahead after a checkpoint, are applied only if the checkpoint is still there when the
   * batch locks it; otherwise the batch reads its own.
   */
  async processBatch(
    projection: Projection,
    limit = this.options.batchSize,
    prefetched?: PrefetchedBatch,
  ): Promise<BatchResult> {
    return this.db.transaction(async (manager) => {
      const [checkpoint] = await queryRows<Checkpoint>(
        manager,
        `SELECT transaction_id::text AS "transactionId", global_position::text AS position
         FROM projection_checkpoints WHERE projection = $1 FOR UPDATE`,
        [projection.name],
      );
      const usable =
        prefetched &&
        prefetched.after.transactionId === checkpoint.transactionId &&
        prefetched.after.position === checkpoint.position;
      const events: StoredEvent[] = usable
        ? prefetched.events
        : await this.store.readCommitted(checkpoint, limit, manager);
      if (events.length === 0) return { applied: 0, position: checkpoint.position };
      await projection.apply(events, manager);
      const last = events[events.length - 1];
      await manager.query(
        `UPDATE projection_checkpoints
         SET transaction_id = $2::xid8, global_position = $3, events_applied = events_applied + $4, updated_at = now(),
             failing_since = NULL, failure = NULL, failed_attempts = 0
         WHERE projection = $1`,
        [projection.name, last.transactionId, last.position, events.length],
      );
      return { applied: events.length, position: last.position };
    });
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
        if (concerned.length > 0 && (await this.applyTogether(concerned, others, batch))) {
          this.recovered(projections);
          continue;
        }
        await this.moveCheckpoints(others, batch);
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
  private async dueByCheckpoint(): Promise<{ after: Checkpoint; projections: Projection[] }[]> {
    const due = this.registry
      .all()
      .filter(
        (p) =>
          this.leased.has(leaseName('projection', p.name)) && (this.failures.get(p.name)?.retryAt ?? 0) <= Date.now(),
      );
    if (due.length === 0) return [];
    const rows = await queryRows<Checkpoint & { projection: string }>(
      this.db,
      `SELECT projection, transaction_id::text AS "transactionId", global_position::text AS position
       FROM projection_checkpoints WHERE projection = ANY($1)`,
      [due.map((p) => p.name)],
    );
    const groups = new Map<string, { after: Checkpoint; projections: Projection[] }>();
    for (const { projection, transactionId, position } of rows) {
      const key = `${transactionId}/${position}`;
      const group =
        groups.get(key) ?? groups.set(key, { after: { transactionId, position }, projections: [] }).get(key)!;
      group.projections.push(due.find((p) => p.name === projection)!);
    }
    return [...groups.values()];
  }

  /**
   * Applies a batch to the projections it concerns in one transaction, moving their checkpoints and those of the
   * others at the same checkpoint past it. False when one failed: nothing of it is kept, and the caller applies them
   * one by one, so that only the failing one waits.
   */
  private async applyTogether(concerned: Projection[], others: Projection[], batch: PrefetchedBatch): Promise<boolean> {
    try {
      await this.db.transaction(async (manager) => {
        const still = await queryRows<{ projection: string }>(
          manager,
          `SELECT projection FROM projection_checkpoints
           WHERE projection = ANY($1) AND transaction_id = $2::xid8 AND global_position = $3 FOR UPDATE`,
          [concerned.map((p) => p.name), batch.after.transactionId, batch.after.position],
        );
        const current = concerned.filter((p) => still.some((row) => row.projection === p.name));
        for (const projection of current) await projection.apply(batch.events, manager);
        await this.moveCheckpoints([...current, ...others], batch, manager);
      });
      return true;
    } catch {
      return false;
    }
  }

  /** Moves checkpoints still at the batch's start past it (one moved meanwhile, by a reset, stays). */
  private async moveCheckpoints(
    projections: Projection[],
    { after, events }: PrefetchedBatch,
    runner: DataSource | EntityManager = this.db,
  ): Promise<void> {
    if (projections.length === 0) return;
    const last = events[events.length - 1];
    await runner.query(
      `UPDATE projection_checkpoints
       SET transaction_id = $4::xid8, global_position = $5, events_applied = events_applied + $6, updated_at = now(),
           failing_since = NULL, failure = NULL, failed_attempts = 0
       WHERE projection = ANY($1) AND transaction_id = $2::xid8 AND global_position = $3`,
      [
        projections.map((p) => p.name),
        after.transactionId,
        after.position,
        last.transactionId,
        last.position,
        events.length,
      ],
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
