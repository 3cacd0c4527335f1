import { EventMetadata } from '../context/request-context';

/** An event as the store holds it: the shape of `/history` and `/audit/events` items, and what projections see. */
export interface StoredEvent<D = any> {
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
