import { DataSource } from 'typeorm';
import { ConcurrencyError, EventStore, NewEvent, ProjectionRegistry, UpcasterRegistry } from '@vendorwatch/event-store';
import { createTestDatabase, openDataSource } from '../helpers/test-database';

const event = (n: number): NewEvent => ({ type: 'Noted', schemaVersion: 1, data: { n } });

describe('appending at an expected version', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: DataSource;
  let store: EventStore;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await openDataSource(database);
    store = new EventStore(db, new UpcasterRegistry(), new ProjectionRegistry());
  });
  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  const versionsOf = async (streamId: string): Promise<number[]> =>
    (await db.query(`SELECT stream_version FROM events WHERE stream_id = $1 ORDER BY stream_version`, [streamId])).map(
      (r: { stream_version: number }) => r.stream_version,
    );

  it('lets exactly one of 50 concurrent writers at the same version succeed', async () => {
    const stream = { id: 'raced-stream', type: 'Note' };
    await store.append(stream, 0, [event(1), event(2), event(3)]);
    // Open every pooled connection first, so the 50 appends really run side by side.
    await Promise.all(Array.from({ length: 20 }, () => db.query(`SELECT pg_sleep(0.02)`)));

    const outcomes = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) => store.append(stream, 3, [event(100 + i), event(200 + i)])),
    );

    const succeeded = outcomes.filter((o) => o.status === 'fulfilled');
    const failed = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(succeeded).toHaveLength(1);
    expect((succeeded[0] as PromiseFulfilledResult<{ version: number }>).value.version).toBe(5);
    expect(failed).toHaveLength(49);
    for (const { reason } of failed) {
      expect(reason).toBeInstanceOf(ConcurrencyError);
      expect(reason).toMatchObject({ expectedVersion: 3, currentVersion: 5 });
    }
    expect(await versionsOf(stream.id)).toEqual([1, 2, 3, 4, 5]);
  });

  it('reports a conflict inside a caller transaction as a ConcurrencyError with the current version', async () => {
    const stream = { id: 'stream-in-transactions', type: 'Note' };
    const first = db.createQueryRunner();
    await first.startTransaction();
    await store.append(stream, 0, [event(1)], { manager: first.manager });

    const second = db.transaction((manager) => store.append(stream, 0, [event(2), event(3)], { manager }));
    // The second insert waits on the first's uncommitted row, then hits the unique (stream, version) key.
    await new Promise((r) => setTimeout(r, 100));
    await first.commitTransaction();
    await first.release();

    await expect(second).rejects.toBeInstanceOf(ConcurrencyError);
    await expect(second).rejects.toMatchObject({ expectedVersion: 0, currentVersion: 1 });
    expect(await versionsOf(stream.id)).toEqual([1]);
  });

  it('rejects a stale expected version without writing', async () => {
    const stream = { id: 'stale-stream', type: 'Note' };
    await store.append(stream, 0, [event(1), event(2)]);
    await expect(store.append(stream, 1, [event(3)])).rejects.toMatchObject({ expectedVersion: 1, currentVersion: 2 });
    await expect(store.append(stream, 3, [event(3)])).rejects.toBeInstanceOf(ConcurrencyError);
    expect(await versionsOf(stream.id)).toEqual([1, 2]);
  });
});
