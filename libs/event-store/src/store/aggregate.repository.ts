import { DataSource, EntityManager } from 'typeorm';
import { ConcurrencyError, NotFoundError } from '../domain/domain-errors';
import { DomainEventClass, eventTypeOf, hydrateEvent, schemaVersionOf, wireNameOf } from '../domain/domain-event';
import { AggregateClass, EventSourcedAggregate } from '../domain/event-sourced.aggregate';
import { EventStore } from './event-store';
import { WriteResult } from './stored-event';

/**
 * A writer without `If-Match` is retried on fresh state until it wins (SPEC §1): with N racing writers one wins
 * per round, so the bound is generous, and a random pause that grows with the attempts spreads the rounds out.
 */
const MAX_ATTEMPTS = 200;
const RETRY_FOR_MS = 20_000;
const MAX_PAUSE_MS = 50;
const SNAPSHOT_EVERY = 50;

/**
 * Loads and saves one kind of aggregate. `update` is the usual command path: load, run the command, append at
 * the loaded version; when the caller sent no `If-Match`, a lost race is retried on fresh state, otherwise it
 * surfaces as a `ConcurrencyError` (412).
 */
export class AggregateRepository<A extends EventSourcedAggregate> {
  private readonly eventClasses: Map<string, DomainEventClass>;

  constructor(
    private readonly aggregate: AggregateClass<A>,
    private readonly store: EventStore,
    private readonly db: DataSource,
    private readonly label: string = aggregate.streamType,
  ) {
    this.eventClasses = new Map(aggregate.events.map((cls) => [wireNameOf(cls), cls]));
  }

  async load(id: string, options: { manager?: EntityManager } = {}): Promise<A> {
    const found = await this.tryLoad(id, options);
    if (!found) throw NotFoundError.of(this.label, id);
    return found;
  }

  async tryLoad(id: string, options: { manager?: EntityManager } = {}): Promise<A | undefined> {
    const instance = new this.aggregate();
    instance.id = id;
    const { snapshot, events: history } = this.snapshotted
      ? await this.store.readStreamFromSnapshot(id, this.aggregate.snapshotSchemaVersion, options.manager)
      : { snapshot: undefined, events: await this.store.readStream(id, 1, options.manager) };
    if (snapshot) instance.restoreFrom(snapshot.state, snapshot.version);
    if (history.length === 0 && !snapshot) return undefined;
    if (history.some((e) => e.streamType !== this.aggregate.streamType)) return undefined;
    instance.loadFromHistory(
      history.map((stored) => hydrateEvent(this.eventClass(stored.type), stored.data as object)),
    );
    return instance;
  }

  /**
   * Appends the aggregate's uncommitted events at the version it was loaded at. A process manager passes its
   * projection transaction's `manager`, so the append commits together with its checkpoint.
   */
  async save(aggregate: A, options: { manager?: EntityManager } = {}): Promise<WriteResult> {
    // A copy: AggregateRoot hands out its live array, which commit() empties.
    const events = [...aggregate.getUncommittedEvents()];
    const result = await this.store.append(
      { id: aggregate.id, type: this.aggregate.streamType },
      aggregate.persistedVersion,
      events.map((event) => ({ type: eventTypeOf(event), schemaVersion: schemaVersionOf(event), data: { ...event } })),
      options,
    );
    aggregate.commit();
    await this.maybeSnapshot(aggregate, events.length, options.manager ?? this.db);
    return result;
  }

  /**
   * `assertVisible` runs before the `If-Match` check: a caller who may not see the aggregate gets its 404, never a
   * 412 that would tell it the aggregate exists and at which version.
   */
  async update(
    id: string,
    expectedVersion: number | undefined,
    command: (aggregate: A) => void,
    options: { manager?: EntityManager; assertVisible?: (aggregate: A) => void } = {},
  ): Promise<WriteResult> {
    const deadline = Date.now() + RETRY_FOR_MS;
    for (let attempt = 1; ; attempt++) {
      const aggregate = await this.load(id, options);
      options.assertVisible?.(aggregate);
      if (expectedVersion !== undefined && aggregate.version !== expectedVersion) {
        throw new ConcurrencyError(id, expectedVersion, aggregate.version);
      }
      command(aggregate);
      try {
        return await this.save(aggregate, options);
      } catch (error) {
        const retry =
          error instanceof ConcurrencyError &&
          expectedVersion === undefined &&
          !options.manager &&
          attempt < MAX_ATTEMPTS &&
          Date.now() < deadline;
        if (!retry) throw error;
        await pause(Math.random() * Math.min(MAX_PAUSE_MS, 2 ** attempt));
      }
    }
  }

  private eventClass(type: string): DomainEventClass {
    const cls = this.eventClasses.get(type);
    if (!cls) throw new Error(`${this.aggregate.streamType} has no event class for ${type}.`);
    return cls;
  }

  private get snapshotted(): boolean {
    const prototype = this.aggregate.prototype as EventSourcedAggregate;
    return prototype.toSnapshot !== EventSourcedAggregate.prototype.toSnapshot;
  }

  /** Written in the append's transaction: a snapshot of events that were rolled back would corrupt every later load. */
  private async maybeSnapshot(aggregate: A, appended: number, runner: DataSource | EntityManager): Promise<void> {
    const crossed =
      Math.floor(aggregate.version / SNAPSHOT_EVERY) > Math.floor((aggregate.version - appended) / SNAPSHOT_EVERY);
    const state = crossed ? aggregate.toSnapshot() : undefined;
    if (!state) return;
    await runner.query(
      `INSERT INTO snapshots (stream_id, stream_type, stream_version, schema_version, state)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (stream_id) DO UPDATE SET stream_version = EXCLUDED.stream_version,
         schema_version = EXCLUDED.schema_version, state = EXCLUDED.state, taken_at = now()
       WHERE snapshots.stream_version < EXCLUDED.stream_version`,
      [
        aggregate.id,
        this.aggregate.streamType,
        aggregate.version,
        this.aggregate.snapshotSchemaVersion,
        JSON.stringify(state),
      ],
    );
  }
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
