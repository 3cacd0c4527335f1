import { EventMetadata } from '../context/request-context';
import { DomainEvent, DomainEventClass, EventData } from '../domain/domain-event';

/**
 * An event as the store holds it: the shape of `/history` and `/audit/events` items, and what projections see.
 * Its `data` is unknown until `isEvent` has matched it to an event class, which types it.
 */
export interface StoredEvent<D = unknown> {
  position: string;
  streamId: string;
  streamType: string;
  version: number;
  eventId: string;
  type: string;
  schemaVersion: number;
  data: D;
  metadata: EventMetadata;
  recordedAt: string;
  /** The committing transaction, for commit-order reading; internal. */
  transactionId: string;
}

/** A stored event known to be of class `E` (its data upcast to the class's current shape on read). */
export type StoredEventOf<E extends DomainEvent> = StoredEvent<EventData<E>>;

/** The guard every consumer matches events with: `if (isEvent(stored, VendorApproved)) stored.data.vendorId …`. */
export function isEvent<E extends DomainEvent>(
  stored: StoredEvent,
  cls: DomainEventClass<E>,
): stored is StoredEventOf<E> {
  return stored.type === cls.type;
}

/** Matches any of several classes (a union of their data). */
export function isEventOf<C extends DomainEventClass[]>(
  stored: StoredEvent,
  ...classes: C
): stored is StoredEventOf<InstanceType<C[number]>> {
  return classes.some((cls) => stored.type === cls.type);
}

/** What an append writes. */
export interface NewEvent {
  type: string;
  schemaVersion: number;
  data: object;
}

/** The answer of every write route (SPEC §1). */
export interface WriteResult {
  id: string;
  version: number;
  position: string;
}
