import { Request } from 'express';
import { PassThrough } from 'node:stream';
import { BodyTooLargeError, MalformedBodyError, SourceRecord } from '../ingest/source-record';
import { requestRecords } from './request-body';

function fakeRequest(headers: Record<string, string>, chunks: string[]): Request {
  const stream = new PassThrough();
  chunks.forEach((chunk) => stream.write(chunk));
  stream.end();
  return Object.assign(stream, { header: (name: string) => headers[name] }) as unknown as Request;
}

async function readAll(records: AsyncIterable<SourceRecord[]>): Promise<number> {
  let count = 0;
  for await (const batch of records) count += batch.length;
  return count;
}

describe('requestRecords', () => {
  const csv = ['externalId,channel,createdAt\n', 'T-1,chat,2026-03-02T10:00:00Z\n', 'T-2,chat,2026-03-02T10:00:00Z\n'];

  it('reads CSV and JSON bodies by their content type', async () => {
    expect(await readAll(requestRecords(fakeRequest({ 'content-type': 'text/csv; charset=utf-8' }, csv)))).toBe(2);
    expect(
      await readAll(requestRecords(fakeRequest({ 'content-type': 'application/json' }, ['{"interactions":[{}]}']))),
    ).toBe(1);
  });

  it('fails a body as soon as it grows past the limit, even without a Content-Length', async () => {
    const reading = readAll(requestRecords(fakeRequest({ 'content-type': 'text/csv' }, csv), 40));
    await expect(reading).rejects.toThrow(BodyTooLargeError);
  });

  it('refuses a declared length over the limit before reading, and other content types', () => {
    expect(() => requestRecords(fakeRequest({ 'content-type': 'text/csv', 'content-length': '41' }, csv), 40)).toThrow(
      BodyTooLargeError,
    );
    expect(() => requestRecords(fakeRequest({ 'content-type': 'text/plain' }, csv))).toThrow(MalformedBodyError);
  });
});
