import { EntityManager } from 'typeorm';
import { StoredEvent } from '../store/stored-event';

/**
 * A named read model. The engine hands it batches of events in commit order and commits its writes together
 * with its checkpoint, so no event is skipped or applied twice.
 */
export interface Projection {
  /** Unique name: its checkpoint row and its advisory lock. */
  readonly name: string;
  /** The tables it owns, emptied on rebuild. */
  readonly tables: readonly string[];
  /**
   * A process manager: its reactions append events that read models then apply. A read with `X-Min-Position`
   * waits for these too, so it reflects the reactions to the write (a go-live's vendor activation).
   */
  readonly processManager?: boolean;
  apply(events: StoredEvent[], manager: EntityManager): Promise<void>;
  /**
   * Whether an event can change this read model, judged on its stream, type and data (an inline projection is asked
   * before the event is stored). A batch with none that does is not applied: the engine moves the checkpoints of
   * all such projections past it in one statement, and an append none of its inline projections is concerned by is
   * one autocommit statement. Without it, every batch is applied.
   */
  concerns?(event: StoredEvent): boolean;
  /**
   * Set by a process manager whose reactions append events: rebuilding it would react to every past event again,
   * so `cli rebuild` refuses it (ADR 0006). Its state is what it appended; rebuild the read models that show that.
   */
  readonly appendsEvents?: true;
}

/**
 * A read model written in the transaction of every append to its stream types, so a command reading it sees every
 * change committed before it: the backing of a context's facts API (ADR 0005). No lag, no checkpoint per event.
 */
export interface InlineProjection extends Projection {
  readonly streamTypes: readonly string[];
}
