import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { EventStore, pgClientConfig, ProjectionRegistry, UpcasterRegistry } from '@vendorwatch/event-store';
import { BenchDatabase } from './bench-database';
import { throughput } from './throughput';

export interface WriteRates {
  connections: number;
  rawInsert: number;
  appendDistinctStreams: number;
  appendLongStreams: number;
}

const sampleData = (i: number) => ({
  vendorId: randomUUID(),
  amount: i % 977,
  note: 'a benchmark event of ordinary size',
});

/**
 * Single-row writes per second: a plain INSERT into a table shaped and indexed like `events` (no version check,
 * no trigger) through a bare pg pool, against the event store's append on the same server.
 */
export async function measureWriteRates(
  bench: BenchDatabase,
  connections: number,
  durationMs: number,
): Promise<WriteRates> {
  const { db, settings } = bench;
  await db.query(`CREATE TABLE IF NOT EXISTS raw_events (LIKE events INCLUDING ALL)`);
  const pool = new Pool({ ...pgClientConfig(settings), max: connections });
  const store = new EventStore(db, new UpcasterRegistry(), new ProjectionRegistry());
  const run = `${connections}c-${Date.now()}`;
  try {
    const rawInsert = await throughput(connections, durationMs, (loop, i) =>
      pool.query(
        `INSERT INTO raw_events (stream_id, stream_type, stream_version, event_id, event_type, schema_version, data, metadata)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [`raw-${run}-${loop}`, 'Bench', i + 1, randomUUID(), 'BenchRecorded', 1, JSON.stringify(sampleData(i)), '{}'],
      ),
    );
    const appendDistinctStreams = await throughput(connections, durationMs, (_, i) =>
      store.append({ id: randomUUID(), type: 'Bench' }, 0, [
        { type: 'BenchRecorded', schemaVersion: 1, data: sampleData(i) },
      ]),
    );
    const appendLongStreams = await throughput(connections, durationMs, (loop, i) =>
      store.append({ id: `long-${run}-${loop}`, type: 'Bench' }, i, [
        { type: 'BenchRecorded', schemaVersion: 1, data: sampleData(i) },
      ]),
    );
    return { connections, rawInsert, appendDistinctStreams, appendLongStreams };
  } finally {
    await pool.end();
  }
}
