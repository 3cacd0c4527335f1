import { DataSource, EntityManager } from 'typeorm';
import { queryRows } from '../database/typed-query';
import { EventStore } from '../store/event-store';
import { StoredEvent } from '../store/stored-event';
import { Projection } from './projection';

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

/** The engine's SQL: a projection's writes always commit together with its checkpoint. */
export class ProjectionBatches {
  constructor(
    private readonly db: DataSource,
    private readonly store: EventStore,
  ) {}

  /**
   * Applies the next batch (at most `limit` events) of one projection, atomically with its checkpoint.
   * `prefetched` events, read ahead after a checkpoint, are applied only if the checkpoint is still there when the
   * batch locks it; otherwise the batch reads its own.
   */
  apply(projection: Projection, limit: number, prefetched?: PrefetchedBatch): Promise<BatchResult> {
    return this.db.transaction(async (manager) => {
      const [after] = await queryRows<Checkpoint>(
        manager,
        `SELECT transaction_id::text AS "transactionId", global_position::text AS position
         FROM projection_checkpoints WHERE projection = $1 FOR UPDATE`,
        [projection.name],
      );
      const usable =
        prefetched &&
        prefetched.after.transactionId === after.transactionId &&
        prefetched.after.position === after.position;
      const events = usable ? prefetched.events : await this.store.readCommitted(after, limit, manager);
      if (events.length === 0) return { applied: 0, position: after.position };
      await projection.apply(events, manager);
      await this.moveCheckpoints([projection], { after, events }, manager);
      return { applied: events.length, position: events[events.length - 1].position };
    });
  }

  /** The projections grouped by their checkpoint. */
  async byCheckpoint(projections: Projection[]): Promise<{ after: Checkpoint; projections: Projection[] }[]> {
    if (projections.length === 0) return [];
    const rows = await queryRows<Checkpoint & { projection: string }>(
      this.db,
      `SELECT projection, transaction_id::text AS "transactionId", global_position::text AS position
       FROM projection_checkpoints WHERE projection = ANY($1)`,
      [projections.map((p) => p.name)],
    );
    const groups = new Map<string, { after: Checkpoint; projections: Projection[] }>();
    for (const { projection, transactionId, position } of rows) {
      const key = `${transactionId}/${position}`;
      const group =
        groups.get(key) ?? groups.set(key, { after: { transactionId, position }, projections: [] }).get(key)!;
      group.projections.push(projections.find((p) => p.name === projection)!);
    }
    return [...groups.values()];
  }

  /**
   * Applies a batch to the projections it concerns in one transaction, moving their checkpoints and those of the
   * others at the same checkpoint past it. False when one failed: nothing of it is kept, and the caller applies them
   * one by one, so that only the failing one waits.
   */
  async applyTogether(concerned: Projection[], others: Projection[], batch: PrefetchedBatch): Promise<boolean> {
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
  async moveCheckpoints(
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
}
