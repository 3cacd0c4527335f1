import { Readable } from 'node:stream';
import { csvRecords } from './csv-records';
import { MalformedBodyError, SourceRecord } from './source-record';

async function read(csv: string): Promise<SourceRecord[]> {
  const records: SourceRecord[] = [];
  for await (const record of csvRecords(Readable.from([Buffer.from(csv)]))) records.push(record);
  return records;
}

describe('csvRecords', () => {
  it('maps each row onto the header, numbering rows from 1 after the header', async () => {
    expect(await read('\uFEFFexternalId,channel,csat\nT-1,chat,4\n\n"T,2",voice,\nT-3,email\n')).toEqual([
      { row: 1, record: { externalId: 'T-1', channel: 'chat', csat: '4' } },
      { row: 2, record: { externalId: 'T,2', channel: 'voice', csat: '' } },
      { row: 3, problem: 'the row has 2 cells, the header has 3' },
    ]);
  });

  it.each([
    ['externalId,team\nT-1,blue\n', 'unknown columns (team)'],
    ['externalId,externalId\n', 'repeats the column externalId'],
    ['', 'empty'],
    ['externalId,channel\n"T-1,chat\n', 'not valid CSV'],
  ])('refuses %j as malformed (%s)', async (csv, reason) => {
    const reading = read(csv);
    await expect(reading).rejects.toThrow(MalformedBodyError);
    await expect(reading).rejects.toThrow(reason);
  });
});
