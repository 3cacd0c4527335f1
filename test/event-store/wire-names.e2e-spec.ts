import { DataSource } from 'typeorm';
import {
  AggregateRepository,
  DomainEvent,
  EventSourcedAggregate,
  EventStore,
  isEvent,
  ProjectionRegistry,
  UpcasterRegistry,
} from '@vendorwatch/event-store';
import { createTestDatabase, openDataSource } from '../helpers/test-database';
import { Counter } from './support/counter.aggregate';

/** `CounterOpened` after a rename of its class: the wire name it declares is what links it to the stored events. */
class TallyStarted extends DomainEvent {
  static readonly type = 'CounterOpened';
  constructor(readonly counterId: string) {
    super();
  }
}

class Tally extends EventSourcedAggregate {
  static readonly streamType = 'Counter';
  static readonly events = [TallyStarted];
  startedAs?: string;

  onTallyStarted(event: TallyStarted): void {
    this.startedAs = event.counterId;
  }
}

class Unnamed extends DomainEvent {}

describe('event wire names', () => {
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

  it('loads an event stored under its wire name after its class was renamed', async () => {
    await new AggregateRepository(Counter, store, db).save(Counter.open('renamed'));
    const [stored] = await store.readStream('renamed');
    expect(stored.type).toBe('CounterOpened');
    expect(isEvent(stored, TallyStarted)).toBe(true);

    const tally = await new AggregateRepository(Tally, store, db).load('renamed');
    expect(tally.startedAs).toBe('renamed');
    expect(tally.version).toBe(1);
  });

  it('refuses an event class that declares no wire name, before anything is stored', () => {
    class Broken extends EventSourcedAggregate {
      static readonly streamType = 'Broken';
      static readonly events = [Unnamed];
    }
    expect(() => new AggregateRepository(Broken, store, db)).toThrow(/Unnamed declares no wire name/);
  });
});
