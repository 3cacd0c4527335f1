import { jsonRecords } from './json-records';
import { MalformedBodyError, SourceRecord } from './source-record';

async function read(body: string, chunkSize = 3): Promise<SourceRecord[]> {
  const bytes = Buffer.from(body);
  const chunks = Array.from({ length: Math.ceil(bytes.length / chunkSize) }, (_, i) =>
    bytes.subarray(i * chunkSize, (i + 1) * chunkSize),
  );
  const records: SourceRecord[] = [];
  for await (const batch of jsonRecords(chunks)) records.push(...batch);
  return records;
}

describe('jsonRecords', () => {
  it('streams each element of the interactions array, whatever the chunk boundaries', async () => {
    const body = JSON.stringify({
      interactions: [
        { externalId: 'a', note: 'brace } and "quote" ]' },
        { externalId: 'é', csat: 5 },
      ],
    });
    for (const size of [1, 2, 7, 1000]) {
      expect(await read(body, size)).toEqual([
        { row: 1, record: { externalId: 'a', note: 'brace } and "quote" ]' } },
        { row: 2, record: { externalId: 'é', csat: 5 } },
      ]);
    }
  });

  it('reports an element that is not an object as that row, and accepts an empty array', async () => {
    expect(await read('{ "interactions": [ 42 , "x", [1], {"externalId":"b"} ] }')).toEqual([
      { row: 1, problem: 'the interaction is not an object' },
      { row: 2, problem: 'the interaction is not an object' },
      { row: 3, problem: 'the interaction is not an object' },
      { row: 4, record: { externalId: 'b' } },
    ]);
    expect(await read('{"interactions":[]}')).toEqual([]);
  });

  it.each([
    ['not json at all', 'it does not start with {'],
    ['{"items":[]}', 'unknown property "items"'],
    ['{"interactions":{}}', '"interactions" must be an array'],
    ['{"interactions":[{"a":1},]}', 'interaction 2 is missing'],
    ['{"interactions":[{"a":1}', 'it ends too early'],
    ['{"interactions":[{"a":}]}', 'interaction 1 is not valid JSON'],
    ['{"interactions":[],"more":1}', 'only the property "interactions" is allowed'],
    ['{"interactions":[]} x', 'there is text after the closing }'],
  ])('refuses %s as malformed (%s)', async (body, reason) => {
    const reading = read(body);
    await expect(reading).rejects.toThrow(MalformedBodyError);
    await expect(reading).rejects.toThrow(reason);
  });
});
