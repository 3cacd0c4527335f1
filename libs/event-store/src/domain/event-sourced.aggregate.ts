import { AggregateRoot } from '@nestjs/cqrs';
import { DomainEvent, DomainEventClass } from './domain-event';

/**
 * Base of every event-sourced aggregate. State changes only in `on<EventName>` handlers, which `apply` calls;
 * command methods check their rule and then `apply` a new event. `version` is the stream version the aggregate
 * was loaded at plus the events applied since.
 */
export abstract class EventSourcedAggregate extends AggregateRoot<DomainEvent> {
  /** The stream type stored with every event, e.g. `Vendor`. */
  static readonly streamType: string;
  /** Every event class this aggregate's stream may hold, to rebuild them on load. */
  static readonly events: readonly DomainEventClass[];

  id: string;
  private persisted = 0;

  /** The stream version including the events applied but not yet saved. */
  get version(): number {
    return this.persisted + this.getUncommittedEvents().length;
  }

  /** The version the store must still be at for the uncommitted events to be appended. */
  get persistedVersion(): number {
    return this.persisted;
  }

  override loadFromHistory(history: DomainEvent[]): void {
    super.loadFromHistory(history);
    this.persisted += history.length;
  }

  override commit(): void {
    this.persisted = this.version;
    super.commit();
  }

  /** Starts from a snapshot taken at `version`; the events after it are then loaded from history. */
  restoreFrom(state: object, version: number): void {
    this.restoreSnapshot(state);
    this.persisted = version;
  }

  /** Plain-data state for a snapshot, or undefined when the aggregate is not snapshotted. */
  toSnapshot(): object | undefined {
    return undefined;
  }

  /** Restores state saved by `toSnapshot` (same schema version). */
  protected restoreSnapshot(_state: object): void {
    throw new Error(`${this.constructor.name} does not support snapshots.`);
  }

  /** Bump when the snapshot shape changes: older snapshots are then ignored and the stream is replayed. */
  static readonly snapshotSchemaVersion: number = 1;
}

export type AggregateClass<A extends EventSourcedAggregate> = (new () => A) & {
  readonly streamType: string;
  readonly events: readonly DomainEventClass[];
  readonly snapshotSchemaVersion: number;
};
