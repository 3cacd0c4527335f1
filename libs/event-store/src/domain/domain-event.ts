/**
 * A domain event: a past-tense fact with a fixed wire name and a schema version. Every subclass declares its wire
 * name as `static readonly type = '…'`: it is what the store holds, so renaming the class never changes it.
 * Subclasses are readonly plain data; whatever they hold is serialized as the event's `data`.
 */
export abstract class DomainEvent {
  static readonly type: string;
  static readonly schemaVersion: number = 1;
}

/** The data an event class stores: its own fields. */
export type EventData<E extends DomainEvent> = { readonly [K in keyof E]: E[K] };

export type DomainEventClass<E extends DomainEvent = DomainEvent> = (new (...args: never[]) => E) & {
  readonly type: string;
  readonly schemaVersion: number;
};

/** The wire name a class declares itself; a class without one is a programming error, caught at its first use. */
export function wireNameOf(cls: DomainEventClass): string {
  if (!Object.prototype.hasOwnProperty.call(cls, 'type') || !cls.type) {
    throw new Error(`Event class ${cls.name} declares no wire name (static readonly type = '…').`);
  }
  return cls.type;
}

export function eventTypeOf(event: DomainEvent): string {
  return wireNameOf(event.constructor as DomainEventClass);
}

export function schemaVersionOf(event: DomainEvent): number {
  return (event.constructor as DomainEventClass).schemaVersion;
}

/** Rebuilds an event instance from stored data, so aggregates dispatch on the class as usual. */
export function hydrateEvent<E extends DomainEvent>(cls: DomainEventClass<E>, data: object): E {
  return Object.assign(Object.create(cls.prototype as E), data) as E;
}
