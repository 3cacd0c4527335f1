import { Request } from 'express';
import { Transform, TransformCallback } from 'node:stream';
import { csvRecords } from '../ingest/csv-records';
import { jsonRecords } from '../ingest/json-records';
import { BodyTooLargeError, ClientGoneError, MalformedBodyError, SourceRecord } from '../ingest/source-record';

export const MAX_BODY_BYTES = 50 * 1024 * 1024;

/** Passes the body through and fails it as soon as it grows past the limit, whatever Content-Length claimed. */
class ByteLimit extends Transform {
  private seen = 0;

  constructor(private readonly limit: number) {
    super();
  }

  _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.seen += chunk.length;
    if (this.seen > this.limit) done(tooLarge(this.limit));
    else done(null, chunk);
  }
}

function tooLarge(limit: number): BodyTooLargeError {
  return new BodyTooLargeError(
    `An ingest body may hold at most ${limit / 1024 / 1024} MB; split the file into several requests.`,
  );
}

/**
 * The records of an ingest request, read as they arrive: `application/json` or `text/csv`. The request itself is
 * piped, never destroyed, so an error answer can still be written after the rest of the upload is drained.
 */
export function requestRecords(request: Request, limit = MAX_BODY_BYTES): AsyncIterable<SourceRecord[]> {
  const declared = Number(request.header('content-length') ?? 0);
  if (declared > limit) throw tooLarge(limit);
  const type = (request.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
  const body = request.pipe(new ByteLimit(limit));
  // A client that goes away mid-upload (or already went, while guards ran) ends the stream with an error, so the
  // ingest stops and frees its connection. The error is seen by whoever reads the stream, even later.
  body.on('error', () => undefined);
  const gone = () => {
    if (!request.complete && !request.readableEnded)
      body.destroy(new ClientGoneError('The client closed the connection before the body ended.'));
  };
  if (request.destroyed || request.closed) gone();
  else request.once('close', gone);
  if (type === 'application/json') return jsonRecords(body);
  if (type === 'text/csv') return csvRecords(body);
  request.unpipe(body);
  throw new MalformedBodyError(
    'Send the interactions as application/json ({ "interactions": [...] }) or text/csv with a header row.',
  );
}

/** Reads and discards what is left of an upload, so the client receives the answer. */
export function drain(request: Request): void {
  request.unpipe();
  if (!request.readableEnded) request.resume();
}
