import { csvRecords } from './csv-records';
import { MalformedBodyError, SourceRecord } from './source-record';

async function read(csv: string, chunkSize = 1000): Promise<SourceRecord[]> {
  const bytes = Buffer.from(csv);
  const chunks = Array.from({ length: Math.ceil(bytes.length / chunkSize) }, (_, i) =>
    bytes.subarray(i * chunkSize, (i + 1) * chunkSize),
  );
  const records: SourceRecord[] = [];
  for await (const batch of csvRecords(chunks)) records.push(...batch);
  return records;
}

describe('csvRecords', () => {
  it('maps each row onto the header, numbering rows from 1 after the header, whatever the chunk boundaries', async () => {
    const csv =
      '\uFEFFexternalId,channel,createdAt\r\nT-1,chat,4\r\n\n"T,""2""\nnext line",voice,\nT-3,email\né,chat,5\n"T-5",chat,1';
    for (const size of [1, 2, 5, 1000]) {
      expect(await read(csv, size)).toEqual([
        { row: 1, record: { externalId: 'T-1', channel: 'chat', createdAt: '4' } },
        { row: 2, record: { externalId: 'T,"2"\nnext line', channel: 'voice', createdAt: '' } },
        { row: 3, problem: 'the row has 2 cells, the header has 3' },
        { row: 4, record: { externalId: 'é', channel: 'chat', createdAt: '5' } },
        { row: 5, record: { externalId: 'T-5', channel: 'chat', createdAt: '1' } },
      ]);
    }
  });

  it.each([
    ['externalId,team\nT-1,blue\n', 'unknown columns (team)'],
    ['externalId,external_id\n', 'repeats the column externalId'],
    ['', 'empty'],
    ['externalId,channel,createdAt\n"T-1,chat\n', 'a quoted cell is never closed'],
    ['externalId,channel,createdAt\nT"1,chat\n', 'a quote opens in the middle of a cell'],
    ['externalId,channel\nT-1,chat\n', 'The CSV header has no createdAt column'],
    ['External_ID;Created_At\nT-1;2026-03-02\n', 'no channel column'],
    ['priority\nhigh\n', 'no externalId, channel, createdAt columns'],
  ])('refuses %j as malformed (%s)', async (csv, reason) => {
    const reading = read(csv);
    await expect(reading).rejects.toThrow(MalformedBodyError);
    await expect(reading).rejects.toThrow(reason);
  });

  it('matches headers in any case, with or without underscores', async () => {
    expect(
      await read('External_ID,CHANNEL,created_at,First_Response_At,pausedminutes\nT-1,chat,2026-03-02,,5\n'),
    ).toEqual([
      {
        row: 1,
        record: {
          externalId: 'T-1',
          channel: 'chat',
          createdAt: '2026-03-02',
          firstResponseAt: '',
          pausedMinutes: '5',
        },
      },
    ]);
  });

  it.each([
    ['semicolons', ';'],
    ['tabs', '\t'],
    ['commas', ','],
  ])('detects %s from the header row, whatever the chunk boundaries', async (_name, separator) => {
    const csv =
      ['External_ID', 'Channel', 'Created_At'].join(separator) +
      '\n' +
      ['T-1', 'chat', '"a;b,c"'].join(separator) +
      '\n';
    for (const size of [1, 3, 1000]) {
      expect(await read(csv, size)).toEqual([
        { row: 1, record: { externalId: 'T-1', channel: 'chat', createdAt: 'a;b,c' } },
      ]);
    }
  });
});
