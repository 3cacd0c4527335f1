import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  EventStore,
  Projection,
  ProjectionEngine,
  ProjectionRegistry,
  UpcasterRegistry,
} from '@vendorwatch/event-store';
import { createTestDatabase, openDataSource } from '../helpers/test-database';
import { compareWithEvents, RecordingProjection, STALL_MS, waitFor } from './support/recording.projection';

/** A read model with a bug: every batch it is handed throws. */
const broken: Projection = {
  name: 'broken',
  tables: [],
  apply: () => Promise.reject(new Error('bug in a read model')),
};

describe('a failing projection', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: DataSource;

  beforeAll(async () => {
    Logger.overrideLogger(false);
    database = await createTestDatabase();
    db = await openDataSource(database);
    await RecordingProjection.createTable(db);
  });
  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  it('does not hold up the projections registered after it, and keeps its own checkpoint', async () => {
    const registry = new ProjectionRegistry();
    registry.register(broken);
    registry.register(new RecordingProjection('engine'));
    const store = new EventStore(db, new UpcasterRegistry(), registry);
    const engine = new ProjectionEngine(db, store, registry, database, {
      batchSize: 10,
      pollIntervalMs: 50,
      leaseRetryMs: 50,
    });
    for (let i = 0; i < 25; i++) {
      await store.append({ id: `s-${i}`, type: 'Race' }, 0, [
        { type: 'Raced', schemaVersion: 1, data: { seq: i + 1 } },
      ]);
    }
    await engine.start();
    try {
      await waitFor(async () => (await compareWithEvents(db)).recorded === 25, STALL_MS, 'the healthy projection');
    } finally {
      await engine.stop();
    }
    const [checkpoint] = await db.query(
      `SELECT events_applied::int AS n FROM projection_checkpoints WHERE projection = 'broken'`,
    );
    expect(checkpoint.n).toBe(0);
    expect((await compareWithEvents(db)).distinct_recorded).toBe(25);
  });
});

describe('a projection that says which events concern it', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: DataSource;

  beforeAll(async () => {
    Logger.overrideLogger(false);
    database = await createTestDatabase();
    db = await openDataSource(database);
  });
  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  it('is handed only batches holding such an event, and its checkpoint still reaches the last event', async () => {
    const handed: number[][] = [];
    const odd: Projection = {
      name: 'odd-only',
      tables: [],
      concerns: (event) => (event.data as { seq: number }).seq % 2 === 1,
      apply: (events) => {
        handed.push(events.map((e) => (e.data as { seq: number }).seq));
        return Promise.resolve();
      },
    };
    const registry = new ProjectionRegistry();
    registry.register(odd);
    const store = new EventStore(db, new UpcasterRegistry(), registry);
    const engine = new ProjectionEngine(db, store, registry, database, {
      batchSize: 1,
      pollIntervalMs: 50,
      leaseRetryMs: 50,
    });
    for (let seq = 1; seq <= 6; seq++) {
      await store.append({ id: `c-${seq}`, type: 'Race' }, 0, [{ type: 'Raced', schemaVersion: 1, data: { seq } }]);
    }
    const [{ last }] = await db.query(`SELECT max(global_position)::text AS last FROM events`);
    await engine.start();
    try {
      await waitFor(
        async () => {
          const [row] = await db.query(
            `SELECT global_position::text AS position, events_applied::int AS n FROM projection_checkpoints WHERE projection = 'odd-only'`,
          );
          return row.position === last && row.n === 6;
        },
        STALL_MS,
        'the checkpoint at the last event',
      );
    } finally {
      await engine.stop();
    }
    expect(handed).toEqual([[1], [3], [5]]);
  });
});
