import { RawRecord } from '../domain/interaction-validation';

/** The bytes of a body or file, as a stream or (in tests) a list of chunks. */
export type ByteSource = AsyncIterable<Buffer | string> | Iterable<Buffer | string>;

/** One record read from a request body or file, numbered from 1 in the order sent (the CSV header is not a row). */
export type SourceRecord = { row: number; record: RawRecord } | { row: number; problem: string };

/** The body is not JSON/CSV of the expected shape at all (400); nothing of it is stored. */
export class MalformedBodyError extends Error {}

/** The body is larger than an ingest accepts (413); nothing of it is stored. */
export class BodyTooLargeError extends Error {}

/** The client went away before the body ended; nothing of it is stored and no answer can be sent. */
export class ClientGoneError extends Error {}
