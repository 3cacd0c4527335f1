import { DomainEvent, EventSourcedAggregate } from '@vendorwatch/event-store';

export class CounterOpened extends DomainEvent {
  static readonly type = 'CounterOpened';
  constructor(readonly counterId: string) {
    super();
  }
}

/** Version 1 stored `{ by: "<number as text>" }`; version 2 stores `{ amount: number }`. */
export class CounterIncremented extends DomainEvent {
  static readonly type = 'CounterIncremented';
  static override readonly schemaVersion = 2;
  constructor(readonly amount: number) {
    super();
  }
}

export const counterIncrementedV1ToV2 = {
  type: 'CounterIncremented',
  fromVersion: 1,
  upcast: (data: { by: string }) => ({ amount: Number(data.by) }),
};

export class Counter extends EventSourcedAggregate {
  static override readonly streamType = 'Counter';
  static override readonly events = [CounterOpened, CounterIncremented];
  total = 0;
  /** Events this instance folded itself, i.e. not restored from a snapshot. */
  replayed = 0;

  static open<C extends Counter>(this: new () => C, id: string): C {
    const counter = new this();
    counter.id = id;
    counter.apply(new CounterOpened(id));
    return counter;
  }

  increment(amount: number): void {
    this.apply(new CounterIncremented(amount));
  }

  onCounterOpened(): void {
    this.replayed += 1;
  }

  onCounterIncremented(event: CounterIncremented): void {
    this.total += event.amount;
    this.replayed += 1;
  }
}

export class SnapshottedCounter extends Counter {
  override toSnapshot(): object {
    return { total: this.total };
  }

  protected override restoreSnapshot(state: { total: number }): void {
    this.total = state.total;
  }
}
