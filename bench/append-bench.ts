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

/** The figures take turns in short rounds, so a shared machine's changing load weighs on each alike. */
const ROUNDS = 5;

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
  // Each loop's own stream, at the version its last write left it.
  const rawVersions = new Array<number>(connections).fill(0);
  const longVersions = new Array<number>(connections).fill(0);
  const writers = {
    rawInsert: (loop: number, i: number) =>
      pool.query(
        `INSERT INTO raw_events (stream_id, stream_type, stream_version, event_id, event_type, schema_version, data, metadata)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          `raw-${run}-${loop}`,
          'Bench',
          ++rawVersions[loop],
          randomUUID(),
          'BenchRecorded',
          1,
          JSON.stringify(sampleData(i)),
          '{}',
        ],
      ),
    appendDistinctStreams: (_: number, i: number) =>
      store.append({ id: randomUUID(), type: 'Bench' }, 0, [
        { type: 'BenchRecorded', schemaVersion: 1, data: sampleData(i) },
      ]),
    appendLongStreams: async (loop: number, i: number) => {
      await store.append({ id: `long-${run}-${loop}`, type: 'Bench' }, longVersions[loop], [
        { type: 'BenchRecorded', schemaVersion: 1, data: sampleData(i) },
      ]);
      longVersions[loop]++;
    },
  };
  const rates = { connections, rawInsert: 0, appendDistinctStreams: 0, appendLongStreams: 0 };
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const [figure, write] of Object.entries(writers)) {
        rates[figure as keyof typeof writers] += (await throughput(connections, durationMs / ROUNDS, write)) / ROUNDS;
      }
    }
    return rates;
  } finally {
    await pool.end();
  }
}
