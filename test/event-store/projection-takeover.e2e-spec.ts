import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { EventStore, ProjectionRegistry, UpcasterRegistry } from '@vendorwatch/event-store';
import { createTestDatabase, openDataSource } from '../helpers/test-database';
import {
  compareWithEvents,
  RecordingProjection,
  recordedCount,
  STALL_MS,
  waitFor,
} from './support/recording.projection';

const LEASE = 'projection:recording';

/** A real child process running a ProjectionEngine; `leases` is what it last reported. */
class WorkerProcess {
  leases: string[] = [];
  reports = 0;
  readonly child: ChildProcess;

  constructor(
    readonly name: string,
    schema: string,
  ) {
    this.child = spawn(
      process.execPath,
      ['--require', join(__dirname, 'fixtures/register.js'), join(__dirname, 'fixtures/projection-worker.ts')],
      { env: { ...process.env, DATABASE_SCHEMA: schema, WORKER_NAME: name }, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let buffered = '';
    this.child.stdout!.on('data', (chunk: Buffer) => {
      const lines = (buffered + chunk.toString()).split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        this.leases = JSON.parse(line).leases;
        this.reports += 1;
      }
    });
  }

  runs(): boolean {
    return this.leases.includes(LEASE);
  }

  kill(signal: NodeJS.Signals): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return Promise.resolve();
    return new Promise((done) => {
      this.child.once('exit', () => done());
      this.child.kill(signal);
    });
  }
}

describe('two worker processes', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: DataSource;
  let store: EventStore;
  const workers: WorkerProcess[] = [];
  let appended = 0;

  const append = async (count: number) => {
    for (let i = 0; i < count; i++) {
      appended += 1;
      await store.append({ id: `stream-${appended % 7}`, type: 'Takeover' }, Math.floor((appended - 1) / 7), [
        { type: 'Appended', schemaVersion: 1, data: { seq: appended } },
      ]);
    }
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await openDataSource(database);
    store = new EventStore(db, new UpcasterRegistry(), new ProjectionRegistry());
    await RecordingProjection.createTable(db);
  });
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.kill('SIGKILL')));
    await db.destroy();
    await database.drop();
  });

  it(
    'runs a projection in one process only, and the other takes over when it is killed',
    async () => {
      workers.push(new WorkerProcess('first', database.schema), new WorkerProcess('second', database.schema));
      await waitFor(
        () => workers.some((w) => w.runs()) && workers.every((w) => w.reports >= 10),
        30000,
        'both workers to run',
      );
      const holder = workers.find((w) => w.runs())!;
      const standby = workers.find((w) => w !== holder)!;
      expect(standby.runs()).toBe(false);

      await append(150);
      await waitFor(async () => (await recordedCount(db)) >= 60, STALL_MS, 'the holder to apply events');
      expect(standby.runs()).toBe(false);

      await Promise.all([holder.kill('SIGKILL'), append(150)]);
      await waitFor(() => standby.runs(), 20000, 'the standby worker to take over');
      await append(100);
      await waitFor(async () => (await recordedCount(db)) >= appended, STALL_MS, 'every event to be applied');
      await new Promise((r) => setTimeout(r, 300));

      const result = await compareWithEvents(db);
      expect(result).toMatchObject({ stored: 400, recorded: 400, distinct_recorded: 400, checkpoint_applied: 400 });
      expect(result.recorded_seq_sum).toBe((400 * 401) / 2);
      expect(result.recorded_checksum).toBe(result.stored_checksum);
      const [split] = await db.query(
        `SELECT count(*) FILTER (WHERE applied_by = $1)::int AS by_holder,
              count(*) FILTER (WHERE applied_by = $2)::int AS by_standby,
              max(applied_order) FILTER (WHERE applied_by = $1) < min(applied_order) FILTER (WHERE applied_by = $2) AS handed_over
       FROM recorded_events`,
        [holder.name, standby.name],
      );
      expect(split.by_holder).toBeGreaterThanOrEqual(60);
      expect(split.by_standby).toBeGreaterThan(0);
      expect(split.by_holder + split.by_standby).toBe(400);
      expect(split.handed_over).toBe(true);
    },
    3 * STALL_MS,
  );
});
