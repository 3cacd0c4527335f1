import { DataSource, EntityManager } from 'typeorm';
import { Projection, StoredEvent } from '@vendorwatch/event-store';

/**
 * A test read model that records every event it is handed, with who applied it and in which order. The primary
 * key on the event id makes a second application of any event fail its batch instead of passing unnoticed.
 */
export class RecordingProjection implements Projection {
  readonly name = 'recording';
  readonly tables = ['recorded_events'];

  constructor(private readonly appliedBy: string) {}

  static async createTable(db: DataSource): Promise<void> {
    await db.query(`
      CREATE TABLE recorded_events (
        event_id uuid PRIMARY KEY,
        stream_id text NOT NULL,
        version integer NOT NULL,
        seq integer NOT NULL,
        applied_by text NOT NULL,
        applied_order bigint GENERATED ALWAYS AS IDENTITY
      )`);
  }

  async apply(events: StoredEvent[], manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO recorded_events (event_id, stream_id, version, seq, applied_by)
       SELECT e.id, e.stream, e.version, e.seq, $5
       FROM unnest($1::uuid[], $2::text[], $3::int[], $4::int[]) WITH ORDINALITY AS e(id, stream, version, seq, ord)
       ORDER BY e.ord`,
      [
        events.map((e) => e.eventId),
        events.map((e) => e.streamId),
        events.map((e) => e.version),
        events.map((e) => (e.data as { seq: number }).seq),
        this.appliedBy,
      ],
    );
  }
}

/** Counts and checksums that tell a complete, exactly-once projection from one that skipped or repeated. */
export async function compareWithEvents(db: DataSource) {
  const [row] = await db.query(`
    SELECT (SELECT count(*)::int FROM recorded_events) AS recorded,
           (SELECT count(DISTINCT event_id)::int FROM recorded_events) AS distinct_recorded,
           (SELECT count(*)::int FROM events) AS stored,
           (SELECT coalesce(sum(seq), 0)::int FROM recorded_events) AS recorded_seq_sum,
           (SELECT md5(string_agg(event_id::text, ',' ORDER BY event_id)) FROM recorded_events) AS recorded_checksum,
           (SELECT md5(string_agg(event_id::text, ',' ORDER BY event_id)) FROM events) AS stored_checksum,
           (SELECT events_applied::int FROM projection_checkpoints WHERE projection = 'recording') AS checkpoint_applied`);
  return row as {
    recorded: number;
    distinct_recorded: number;
    stored: number;
    recorded_seq_sum: number;
    recorded_checksum: string;
    stored_checksum: string;
    checkpoint_applied: number;
  };
}

export async function recordedCount(db: DataSource): Promise<number> {
  const [row] = await db.query(`SELECT count(*)::int AS n FROM recorded_events`);
  return row.n;
}

/**
 * How long a test waits for a projection: generous, because any long transaction on the shared test server (any
 * database) holds every projection back until it ends (ADR 0002).
 */
export const STALL_MS = 60_000;

export async function waitFor(
  condition: () => boolean | Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
