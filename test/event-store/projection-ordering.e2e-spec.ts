import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EventStore, ProjectionEngine, ProjectionRegistry, UpcasterRegistry } from '@vendorwatch/event-store';
import { createTestDatabase, openDataSource } from '../helpers/test-database';
import { compareWithEvents, RecordingProjection, STALL_MS, waitFor } from './support/recording.projection';
import { standaloneEngine } from './support/standalone-engine';

const TOTAL = 2000;
const WRITERS = 8;
const STREAMS_PER_WRITER = 4;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const randomInt = (max: number) => Math.floor(Math.random() * max);

describe('projection ordering under concurrent writers', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: DataSource;
  let store: EventStore;

  beforeAll(async () => {
    Logger.overrideLogger(['error']);
    database = await createTestDatabase();
    db = await openDataSource(database);
    store = new EventStore(db, new UpcasterRegistry(), new ProjectionRegistry());
    await RecordingProjection.createTable(db);
  });
  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  it(
    'applies each of 2,000 racing events exactly once, across an engine restart',
    async () => {
      let engine: ProjectionEngine = standaloneEngine(db, database, new RecordingProjection('first'));
      await engine.start();

      let assigned = 0;
      // Each transaction holds its xid while it sleeps, so later transactions commit lower positions first.
      const writer = async (w: number) => {
        const versions = new Array(STREAMS_PER_WRITER).fill(0);
        while (assigned < TOTAL) {
          const size = Math.min(1 + randomInt(12), TOTAL - assigned);
          const first = assigned;
          assigned += size;
          await db.transaction(async (manager) => {
            for (let i = 0; i < size; i++) {
              const s = randomInt(STREAMS_PER_WRITER);
              await store.append(
                { id: `w${w}-s${s}`, type: 'Race' },
                versions[s],
                [{ type: 'Raced', schemaVersion: 1, data: { seq: first + i + 1 } }],
                { manager },
              );
              versions[s] += 1;
              if (i === 0) await sleep(randomInt(5) === 0 ? 30 + randomInt(120) : randomInt(15));
            }
          });
        }
      };
      const restartMidway = (async () => {
        while (assigned < TOTAL / 2) await sleep(5);
        await engine.stop();
        engine = standaloneEngine(db, database, new RecordingProjection('second'));
        await engine.start();
      })();

      await Promise.all([...Array.from({ length: WRITERS }, (_, w) => writer(w)), restartMidway]);
      await waitFor(
        async () => (await compareWithEvents(db)).recorded >= TOTAL,
        STALL_MS,
        'the projection to catch up',
      );
      await sleep(300);
      await engine.stop();

      const result = await compareWithEvents(db);
      expect(result.stored).toBe(TOTAL);
      expect(result.recorded).toBe(TOTAL);
      expect(result.distinct_recorded).toBe(TOTAL);
      expect(result.checkpoint_applied).toBe(TOTAL);
      expect(result.recorded_seq_sum).toBe((TOTAL * (TOTAL + 1)) / 2);
      expect(result.recorded_checksum).toBe(result.stored_checksum);

      const appliedBy = await db.query(
        `SELECT applied_by, count(*)::int AS n FROM recorded_events GROUP BY 1 ORDER BY 1`,
      );
      expect(appliedBy.map((r: { applied_by: string }) => r.applied_by)).toEqual(['first', 'second']);
      const outOfStreamOrder = await db.query(`
      SELECT count(*)::int AS n FROM (
        SELECT version < lag(version) OVER (PARTITION BY stream_id ORDER BY applied_order) AS backwards FROM recorded_events
      ) s WHERE backwards`);
      expect(outOfStreamOrder[0].n).toBe(0);
    },
    3 * STALL_MS,
  );
});
