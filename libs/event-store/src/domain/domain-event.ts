/**
 * A domain event: a past-tense fact with a fixed wire name (its class name) and a schema version.
 * Subclasses are readonly plain data; whatever they hold is serialized as the event's `data`.
 */
export abstract class DomainEvent {
  static readonly schemaVersion: number = 1;
}

export type DomainEventClass<E extends DomainEvent = DomainEvent> = (new (...args: any[]) => E) & {
  readonly schemaVersion: number;
};

export function eventTypeOf(event: DomainEvent): string {
  return event.constructor.name;
}

export function schemaVersionOf(event: DomainEvent): number {
  return (event.constructor as DomainEventClass).schemaVersion;
}

/** Rebuilds an event instance from stored data, so aggregates dispatch on the class as usual. */
export function hydrateEvent<E extends DomainEvent>(cls: DomainEventClass<E>, data: object): E {
  return Object.assign(Object.create(cls.prototype), data) as E;
}
