import { DataSource } from 'typeorm';
import { AggregateRepository, EventStore, ProjectionRegistry, UpcasterRegistry } from '@vendorwatch/event-store';
import { createTestDatabase, openDataSource } from '../helpers/test-database';
import { Counter, counterIncrementedV1ToV2, SnapshottedCounter } from './support/counter.aggregate';

describe('aggregate persistence', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: DataSource;
  let store: EventStore;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await openDataSource(database);
    const upcasters = new UpcasterRegistry();
    upcasters.register(counterIncrementedV1ToV2);
    store = new EventStore(db, upcasters, new ProjectionRegistry());
  });
  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  describe('an event stored under an old schema version', () => {
    beforeAll(async () => {
      await db.query(`
        INSERT INTO events (stream_id, stream_type, stream_version, event_id, event_type, schema_version, data) VALUES
          ('old-counter', 'Counter', 1, gen_random_uuid(), 'CounterOpened', 1, '{"counterId": "old-counter"}'),
          ('old-counter', 'Counter', 2, gen_random_uuid(), 'CounterIncremented', 1, '{"by": "5"}')`);
    });

    it('is upcast when the stream is read', async () => {
      const [, incremented] = await store.readStream('old-counter');
      expect(incremented).toMatchObject({ type: 'CounterIncremented', schemaVersion: 2, data: { amount: 5 } });
    });

    it('is upcast when the aggregate is loaded, and new events are stored in the current shape', async () => {
      const repository = new AggregateRepository(Counter, store, db);
      const counter = await repository.load('old-counter');
      expect(counter.total).toBe(5);
      expect(counter.version).toBe(2);

      counter.increment(3);
      await repository.save(counter);
      expect((await repository.load('old-counter')).total).toBe(8);
      const rows = await db.query(
        `SELECT schema_version, data FROM events WHERE stream_id = 'old-counter' AND stream_version > 1 ORDER BY stream_version`,
      );
      expect(rows).toEqual([
        { schema_version: 1, data: { by: '5' } },
        { schema_version: 2, data: { amount: 3 } },
      ]);
    });
  });

  describe('a long stream', () => {
    const id = 'long-counter';
    let expectedTotal = 0;

    beforeAll(async () => {
      const repository = new AggregateRepository(SnapshottedCounter, store, db);
      await repository.save(SnapshottedCounter.open(id));
      for (let amount = 1; amount <= 119; amount += 7) {
        await repository.update(id, undefined, (counter) => {
          for (let a = amount; a < amount + 7 && a <= 119; a++) counter.increment(a);
        });
      }
      expectedTotal = (119 * 120) / 2;
    });

    const snapshotVersion = async (): Promise<number> =>
      (await db.query(`SELECT stream_version FROM snapshots WHERE stream_id = $1`, [id]))[0]?.stream_version;

    it('loads from its snapshot plus the events after it, to the same state as a full replay', async () => {
      const snapshotAt = await snapshotVersion();
      expect(snapshotAt).toBeGreaterThanOrEqual(100);

      const fromSnapshot = await new AggregateRepository(SnapshottedCounter, store, db).load(id);
      const replayed = await new AggregateRepository(Counter, store, db).load(id);

      expect(replayed).toMatchObject({ total: expectedTotal, version: 120, replayed: 120 });
      expect(fromSnapshot).toMatchObject({ total: expectedTotal, version: 120, replayed: 120 - snapshotAt });
    });

    it('loads from a snapshot that no event follows', async () => {
      const repository = new AggregateRepository(SnapshottedCounter, store, db);
      await repository.save(SnapshottedCounter.open('even-counter'));
      await repository.update('even-counter', undefined, (counter) => {
        for (let i = 0; i < 49; i++) counter.increment(2);
      });
      const [{ stream_version }] = await db.query(`SELECT stream_version FROM snapshots WHERE stream_id = $1`, [
        'even-counter',
      ]);
      expect(stream_version).toBe(50);
      expect(await repository.load('even-counter')).toMatchObject({ total: 98, version: 50, replayed: 0 });
    });

    it('takes no snapshot of events whose transaction rolled back', async () => {
      const before = await snapshotVersion();
      const repository = new AggregateRepository(SnapshottedCounter, store, db);
      await expect(
        db.transaction(async (manager) => {
          const counter = await repository.load(id, { manager });
          for (let i = 0; i < 60; i++) counter.increment(1);
          await repository.save(counter, { manager });
          throw new Error('the process manager failed after saving');
        }),
      ).rejects.toThrow('the process manager failed');

      expect(await snapshotVersion()).toBe(before);
      expect(await repository.load(id)).toMatchObject({ total: expectedTotal, version: 120 });
    });
  });
});
