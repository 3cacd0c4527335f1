import { Clock, DatabaseSettings, NotFoundError, WriteResult } from '@vendorwatch/event-store';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { createTestDatabase, openDataSource } from '../../../../test/helpers/test-database';
import { ComputedSla } from '../domain/computed-sla';
import { ComputedSlaMeasurer } from '../measurement/computed-sla-measurer';
import { ComputedMeasurement, ComputedSlaCatalog, ContractGate, MeasurementRecorder } from '../ports/ingest-ports';
import { csvRecords } from './csv-records';
import { InteractionIngest } from './interaction-ingest.service';
import { jsonRecords } from './json-records';
import { MalformedBodyError } from './source-record';

const CONTRACT = randomUUID();
const SLA: ComputedSla = {
  slaId: 'sla-frt',
  contractId: CONTRACT,
  metric: 'first_response_time',
  period: 'week',
  thresholdMinutes: 60,
};

class RecordedMeasurements extends MeasurementRecorder {
  readonly recorded: ComputedMeasurement[] = [];
  async record(sla: ComputedSla, measurement: ComputedMeasurement): Promise<WriteResult> {
    this.recorded.push(measurement);
    return { id: sla.slaId, version: this.recorded.length, position: String(this.recorded.length) };
  }
}

const csv = (...rows: string[]) =>
  Readable.from([Buffer.from(['externalId,channel,createdAt,firstResponseAt,csat', ...rows].join('\n'))]);

describe('InteractionIngest (PostgreSQL)', () => {
  let database: DatabaseSettings & { drop(): Promise<void> };
  let db: DataSource;
  let recorder: RecordedMeasurements;
  let ingest: InteractionIngest;
  const clock = new Clock();

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await openDataSource(database);
    recorder = new RecordedMeasurements();
    const contracts: ContractGate = {
      assertVisible: async (id) => {
        if (id !== CONTRACT) throw NotFoundError.of('Contract', id);
      },
    };
    const catalog: ComputedSlaCatalog = { ofContract: async () => [SLA], current: async () => SLA };
    ingest = new InteractionIngest(database, contracts, new ComputedSlaMeasurer(db, clock, catalog, recorder), clock);
    clock.set('2026-03-20T00:00:00Z');
  });
  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  it('keeps the good rows, reports the bad ones by row, and measures the touched week once', async () => {
    const report = await ingest.ingest(
      CONTRACT,
      csvRecords(
        csv(
          'T-1,chat,2026-03-02T10:00:00Z,2026-03-02T10:30:00Z,5',
          'T-2,chat,2026-03-02T11:00:00Z,2026-03-02T13:00:00Z,',
          'T-3,chat,,2026-03-02T13:00:00Z,',
          'T-4,email,2026-03-03T10:00:00Z,2026-03-03T09:00:00Z,',
          'T-5,chat,2026-03-03T10:00:00Z,,7',
          'T-1,chat,2026-03-04T10:00:00Z,,',
        ),
      ),
    );
    expect(report).toEqual({
      accepted: 2,
      replaced: 0,
      unchanged: 0,
      rejected: [
        { row: 3, externalId: 'T-3', reason: 'createdAt is missing' },
        { row: 4, externalId: 'T-4', reason: 'firstResponseAt is before createdAt' },
        { row: 5, externalId: 'T-5', reason: 'csat 7 is not a whole number from 1 to 5' },
        { row: 6, externalId: 'T-1', reason: 'externalId is repeated (first on row 1)' },
      ],
      rejectedCount: 4,
      measurementsRecorded: 1,
      position: '1',
    });
    expect(recorder.recorded).toEqual([{ periodStart: '2026-03-02', value: 50, sampleSize: 2, provisional: false }]);
  });

  it('changes nothing and measures nothing when the same rows are sent again', async () => {
    const report = await ingest.ingest(
      CONTRACT,
      csvRecords(csv('T-1,chat,2026-03-02T10:00:00Z,2026-03-02T10:30:00Z,5')),
    );
    expect(report).toMatchObject({ accepted: 1, replaced: 0, unchanged: 1, rejectedCount: 0, measurementsRecorded: 0 });
    expect(recorder.recorded).toHaveLength(1);
  });

  it('re-measures both the week a record left and the week it moved to', async () => {
    const report = await ingest.ingest(
      CONTRACT,
      csvRecords(csv('T-2,chat,2026-03-10T11:00:00Z,2026-03-10T11:05:00Z,')),
    );
    expect(report).toMatchObject({ accepted: 1, replaced: 1, unchanged: 0, measurementsRecorded: 2 });
    expect(recorder.recorded.slice(1)).toEqual([
      { periodStart: '2026-03-02', value: 100, sampleSize: 1, provisional: false },
      { periodStart: '2026-03-09', value: 100, sampleSize: 1, provisional: false },
    ]);
  });

  it('stores rows never sent before and measures each week they fall in', async () => {
    const report = await ingest.ingest(
      CONTRACT,
      csvRecords(
        csv(
          'T-7,chat,2026-03-11T10:00:00Z,2026-03-11T10:30:00Z,',
          'T-8,chat,2026-03-17T10:00:00Z,2026-03-17T12:00:00Z,',
        ),
      ),
    );
    expect(report).toMatchObject({ accepted: 2, replaced: 0, unchanged: 0, rejectedCount: 0, measurementsRecorded: 2 });
    expect(recorder.recorded.slice(3)).toEqual([
      { periodStart: '2026-03-09', value: 100, sampleSize: 2, provisional: false },
      { periodStart: '2026-03-16', value: 0, sampleSize: 1, provisional: true },
    ]);
  });

  it('stores the new rows of a file that also holds stored ones, measuring only what changed', async () => {
    const report = await ingest.ingest(
      CONTRACT,
      csvRecords(
        csv(
          'T-7,chat,2026-03-11T10:00:00Z,2026-03-11T10:30:00Z,',
          'T-9,chat,2026-03-18T10:00:00Z,2026-03-18T10:10:00Z,',
        ),
      ),
    );
    expect(report).toMatchObject({ accepted: 2, replaced: 0, unchanged: 1, rejectedCount: 0, measurementsRecorded: 1 });
    expect(recorder.recorded.slice(5)).toEqual([
      { periodStart: '2026-03-16', value: 50, sampleSize: 2, provisional: true },
    ]);
  });

  it('stores nothing of a body that turns out malformed half-way', async () => {
    const body = '{"interactions":[{"externalId":"J-1","channel":"chat","createdAt":"2026-03-02T10:00:00Z"}, oops]}';
    await expect(ingest.ingest(CONTRACT, jsonRecords([Buffer.from(body)]))).rejects.toThrow(MalformedBodyError);
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM interactions WHERE external_id = 'J-1'`);
    expect(count).toBe(0);
  });

  it('answers 404 for an unknown contract before reading anything', async () => {
    await expect(ingest.ingest(randomUUID(), csvRecords(csv()))).rejects.toThrow(NotFoundError);
  });
});
