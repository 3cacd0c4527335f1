import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { queryRows } from '../database/typed-query';

export interface ProjectionStatus {
  name: string;
  position: string;
  lag: number;
  /** Present while the projection fails: it keeps its checkpoint and is retried with backoff. */
  failing?: { since: string; attempts: number; reason: string };
}

interface StatusRow {
  name: string;
  position: string;
  lag: number;
  failing_since: Date | null;
  failed_attempts: number;
  failure: string | null;
}

const WAIT_STEP_MS = 20;

/** Reads projection progress: for health, `X-Projection-Position` and read-your-writes waits. */
@Injectable()
export class ProjectionCheckpoints {
  constructor(private readonly db: DataSource) {}

  async statuses(): Promise<ProjectionStatus[]> {
    const rows = await queryRows<StatusRow>(
      this.db,
      `SELECT c.projection AS name, c.global_position::text AS position, c.failing_since, c.failed_attempts, c.failure,
              (SELECT count(*)::int FROM events e
                WHERE (e.transaction_id, e.global_position) > (c.transaction_id, c.global_position)) AS lag
       FROM projection_checkpoints c ORDER BY c.projection`,
    );
    return rows.map(({ name, position, lag, failing_since, failed_attempts, failure }) => ({
      name,
      position,
      lag,
      ...(failing_since
        ? { failing: { since: failing_since.toISOString(), attempts: failed_attempts, reason: failure ?? '' } }
        : {}),
    }));
  }

  /** The lowest position among the named projections: what a read served from all of them reflects. */
  async position(names: readonly string[]): Promise<string> {
    const [row] = await queryRows<{ position: string }>(
      this.db,
      `SELECT coalesce(min(global_position), 0)::text AS position FROM projection_checkpoints WHERE projection = ANY($1)`,
      [names],
    );
    return row.position;
  }

  /** Whether every named projection has applied the event at `position` (and so everything committed before it). */
  async hasProcessed(names: readonly string[], position: string): Promise<boolean> {
    const [row] = await queryRows<{ done: number }>(
      this.db,
      `SELECT count(*)::int AS done FROM projection_checkpoints c, events e
       WHERE c.projection = ANY($1) AND e.global_position = $2
         AND (c.transaction_id, c.global_position) >= (e.transaction_id, e.global_position)`,
      [names, position],
    );
    return row.done === names.length;
  }

  /**
   * Waits until the projection has applied every event of this stream type stored so far (a read model another
   * process writes to keeps up with those writes); false when it has not within `timeoutMs`.
   */
  async waitForStreamType(projection: string, streamType: string, timeoutMs: number): Promise<boolean> {
    const [{ latest }] = await queryRows<{ latest: string | null }>(
      this.db,
      `SELECT max(global_position)::text AS latest FROM events WHERE stream_type = $1`,
      [streamType],
    );
    return latest === null || this.waitUntilProcessed([projection], latest, timeoutMs);
  }

  /**
   * The newest event after `after` that carries the correlation id of the event at `write`: what process managers
   * appended in reaction to that write (they keep its correlation id), or null when there is none yet.
   */
  async latestReaction(write: string, after: string): Promise<string | null> {
    const [row] = await queryRows<{ latest: string | null }>(
      this.db,
      `SELECT max(e.global_position)::text AS latest FROM events e, events w
       WHERE w.global_position = $1 AND e.global_position > $2
         AND e.metadata->>'correlationId' = w.metadata->>'correlationId'`,
      [write, after],
    );
    return row.latest;
  }

  async waitUntilProcessed(names: readonly string[], position: string, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (await this.hasProcessed(names, position)) return true;
      if (Date.now() >= deadline) return false;
      await new Promise((r) => setTimeout(r, WAIT_STEP_MS));
    }
  }
}
