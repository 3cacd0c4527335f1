import { Inject, Injectable } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { BULK_LIMITS, DATABASE_SETTINGS, DatabaseSettings, pgClientConfig } from '../database/database-settings';
import { queryRows } from '../database/typed-query';
import { EventStore } from '../store/event-store';
import { Checkpoint, PrefetchedBatch } from './projection-batches';
import { leaseName, ProjectionEngine } from './projection-engine';
import { InlineProjections } from './inline-projections';
import { tryLease } from './projection-lease';
import { ProjectionRegistry } from './projection-registry';

export interface RebuildProgress {
  projection: string;
  done: number;
  total: number;
  elapsedMs: number;
  /** Whether this process applies the events, or waits for the process holding the projection's lease. */
  appliedHere: boolean;
}

/** A process manager that appends events is never rebuilt: its reactions would happen again (ADR 0006). */
export class RebuildRefusedError extends Error {
  constructor(readonly projection: string) {
    super(
      `${projection} is a process manager that appends events; rebuilding it would repeat its reactions. ` +
        `Its state is the events it appended: rebuild the read models that show them instead.`,
    );
  }
}

/**
 * Larger than the live batch: a rebuild has no readers waiting on each commit, and a document projection writes
 * each document once per batch however many of the batch's events fold into it, so the larger the batch the fewer
 * rewrites (200,000 events over 5,000 documents: 10,000 a batch rewrote each document 20 times, 50,000 four
 * times, +40–65 % events/s; docs/scaling.md). Two batches are in memory at once (one applied, the next read):
 * about 80 MB more than at 10,000 for events of half a kilobyte.
 */
const REBUILD_BATCH_SIZE = 50_000;
const WAIT_FOR_OTHER_MS = 200;
const RECOUNT_EVERY_MS = 1000;

/**
 * Rebuilds a projection from the first event. When no other process runs the projection, this one takes its lease
 * and applies the batches itself; otherwise it resets it and follows the holder's progress (and takes over if the
 * holder dies on the way).
 */
@Injectable()
export class ProjectionRebuilder {
  constructor(
    private readonly db: DataSource,
    private readonly engine: ProjectionEngine,
    private readonly registry: ProjectionRegistry,
    @Inject(DATABASE_SETTINGS) private readonly settings: DatabaseSettings,
    private readonly store: EventStore,
    private readonly inline: InlineProjections,
  ) {}

  async rebuild(
    name: string,
    onProgress: (progress: RebuildProgress) => void = () => undefined,
  ): Promise<RebuildProgress> {
    const projection = this.registry.get(name);
    if (projection.appendsEvents) throw new RebuildRefusedError(name);
    if (this.registry.isInline(projection)) {
      const started = Date.now();
      const done = await this.inline.build(projection);
      const progress = { projection: name, done, total: done, elapsedMs: Date.now() - started, appliedHere: true };
      onProgress(progress);
      return progress;
    }
    const session = new Client(pgClientConfig(this.settings, BULK_LIMITS));
    await session.connect();
    try {
      let appliedHere = await tryLease(session, this.settings.schema, leaseName('projection', name));
      await this.engine.reset(projection);
      const started = Date.now();
      let total = await this.countEvents();
      let counted = started;
      let batch: PrefetchedBatch | undefined;
      for (;;) {
        if (!appliedHere) appliedHere = await tryLease(session, this.settings.schema, leaseName('projection', name));
        let caughtUp: boolean;
        if (appliedHere) {
          // The next batch is read while this one is applied: the database works on both at once.
          batch ??= await this.readAfter(await this.checkpointOf(name));
          const last = batch.events[batch.events.length - 1];
          const next = last ? this.readAfter(last) : undefined;
          caughtUp =
            (await this.engine.processBatch(projection, REBUILD_BATCH_SIZE, batch)).applied < REBUILD_BATCH_SIZE;
          batch = await next;
        } else {
          await new Promise((resolve) => setTimeout(resolve, WAIT_FOR_OTHER_MS));
          caughtUp = await this.isCaughtUp(name);
        }
        if (caughtUp || Date.now() - counted >= RECOUNT_EVERY_MS) {
          total = await this.countEvents();
          counted = Date.now();
        }
        const done = await this.applied(name);
        const progress = {
          projection: name,
          done,
          total: Math.max(total, done),
          elapsedMs: Date.now() - started,
          appliedHere,
        };
        onProgress(progress);
        if (caughtUp) return progress;
      }
    } finally {
      await session.end();
    }
  }

  private async readAfter(after: Checkpoint): Promise<PrefetchedBatch> {
    return { after, events: await this.store.readCommitted(after, REBUILD_BATCH_SIZE) };
  }

  private async checkpointOf(name: string): Promise<Checkpoint> {
    const [row] = await queryRows<Checkpoint>(
      this.db,
      `SELECT transaction_id::text AS "transactionId", global_position::text AS position FROM projection_checkpoints WHERE projection = $1`,
      [name],
    );
    return row;
  }

  private async countEvents(): Promise<number> {
    const [row] = await queryRows<{ n: number }>(this.db, `SELECT count(*)::int AS n FROM events`);
    return row.n;
  }

  private async applied(name: string): Promise<number> {
    const [row] = await queryRows<{ n: number }>(
      this.db,
      `SELECT events_applied::int AS n FROM projection_checkpoints WHERE projection = $1`,
      [name],
    );
    return row.n;
  }

  private async isCaughtUp(name: string): Promise<boolean> {
    const [row] = await queryRows<{ caught_up: boolean }>(
      this.db,
      `SELECT NOT EXISTS (
         SELECT 1 FROM events e, projection_checkpoints c
         WHERE c.projection = $1 AND (e.transaction_id, e.global_position) > (c.transaction_id, c.global_position)
       ) AS caught_up`,
      [name],
    );
    return row.caught_up;
  }
}
