import { CommandBus } from '@nestjs/cqrs';
import { CalendarFacts } from '@vendorwatch/calendars';
import { ContractFacts } from '@vendorwatch/contracts';
import {
  Clock,
  DatabaseSettings,
  EventStore,
  NotFoundError,
  ProjectionRegistry,
  UpcasterRegistry,
  WriteResult,
} from '@vendorwatch/event-store';
import {
  ComputedMeasurement,
  ComputedMeasurements,
  MetricSources,
  RecordSlaMeasurementCommand,
  RemeasureRequests,
  SlaFacts,
} from '@vendorwatch/slas';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { createTestDatabase, openDataSource } from '../../../../test/helpers/test-database';
import { ClockSchedules } from '../measurement/clock-schedules';
import { InteractionMetricsSource } from '../measurement/interaction-metrics.source';
import { ContractGate } from '../ports/ingest-ports';
import { csvRecords } from './csv-records';
import { InteractionIngest } from './interaction-ingest.service';
import { jsonRecords } from './json-records';
import { MalformedBodyError } from './source-record';

const CONTRACT = randomUUID();
const NEW_YORK_CONTRACT = randomUUID();
const SLA = {
  id: 'sla-frt',
  contractId: CONTRACT,
  status: 'active',
  metric: 'first_response_time',
  period: 'week',
  objective: { kind: 'attainment', thresholdMinutes: 60, targetPercent: 90 },
};

/** Stands in for the SLA aggregate: keeps the computed figures it is asked to record. */
class RecordedMeasurements {
  readonly recorded: ComputedMeasurement[] = [];
  execute({ slaId, measurements }: RecordSlaMeasurementCommand): Promise<WriteResult> {
    for (const { periodStart, value, sampleSize, provisional = false } of measurements)
      this.recorded.push({ periodStart, value, sampleSize, provisional });
    return Promise.resolve({ id: slaId, version: this.recorded.length, position: String(this.recorded.length) });
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
      assertVisible: (id) => {
        if (id === NEW_YORK_CONTRACT) return Promise.resolve({ demandTimezone: 'America/New_York' });
        if (id !== CONTRACT) return Promise.reject(NotFoundError.of('Contract', id));
        return Promise.resolve({ demandTimezone: null });
      },
    };
    await db.query(`INSERT INTO sla_definitions (id, doc, contract_id, status) VALUES ($1, $2, $3, 'active')`, [
      SLA.id,
      JSON.stringify(SLA),
      CONTRACT,
    ]);
    const sources = new MetricSources();
    sources.register(new InteractionMetricsSource(new ClockSchedules(new CalendarFacts(db), new ContractFacts(db))));
    const commands = recorder as unknown as CommandBus;
    const store = new EventStore(db, new UpcasterRegistry(), new ProjectionRegistry());
    const measurements = new ComputedMeasurements(db, clock, commands, new SlaFacts(db), sources, store);
    ingest = new InteractionIngest(database, contracts, new RemeasureRequests(), measurements, clock);
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

  describe('times without a zone offset, and pauses', () => {
    const stored = async (contractId: string, externalId: string) => {
      const [row] = await db.query(
        `SELECT created_at AS "createdAt", paused_minutes::float AS "pausedMinutes" FROM interactions
         WHERE contract_id = $1 AND external_id = $2`,
        [contractId, externalId],
      );
      return { createdAt: (row.createdAt as Date).toISOString(), pausedMinutes: row.pausedMinutes as number | null };
    };
    const local = (...rows: string[]) =>
      csvRecords(Readable.from([Buffer.from(['External_ID;Channel;Created_At;Paused_Minutes', ...rows].join('\n'))]));

    it('reads them in the contract demand zone, rejects a daylight-saving gap, takes the earlier of a repeated hour', async () => {
      const report = await ingest.ingest(
        NEW_YORK_CONTRACT,
        local(
          'NY-1;chat;2026-03-02 09:00;15',
          'NY-2;chat;2026-03-08 02:30;',
          'NY-3;chat;2026-11-01 01:30;',
          'NY-4;chat;2026-03-02T09:00:00Z;',
        ),
      );
      expect(report).toMatchObject({
        accepted: 3,
        rejected: [
          {
            row: 2,
            externalId: 'NY-2',
            reason:
              'createdAt "2026-03-08 02:30" does not exist in America/New_York: the clocks skip it (daylight saving)',
          },
        ],
        assumedTimezone: { zone: 'America/New_York', rows: 2 },
      });
      expect(await stored(NEW_YORK_CONTRACT, 'NY-1')).toEqual({
        createdAt: '2026-03-02T14:00:00.000Z',
        pausedMinutes: 15,
      });
      expect(await stored(NEW_YORK_CONTRACT, 'NY-3')).toEqual({
        createdAt: '2026-11-01T05:30:00.000Z',
        pausedMinutes: null,
      });
      expect(await stored(NEW_YORK_CONTRACT, 'NY-4')).toEqual({
        createdAt: '2026-03-02T09:00:00.000Z',
        pausedMinutes: null,
      });
    });

    it('reads them in the zone the request names before the contract one', async () => {
      const report = await ingest.ingest(NEW_YORK_CONTRACT, local('NY-5;chat;2026-03-02 09:00;0'), undefined, {
        timezone: 'Asia/Manila',
      });
      expect(report.assumedTimezone).toEqual({ zone: 'Asia/Manila', rows: 1 });
      expect(await stored(NEW_YORK_CONTRACT, 'NY-5')).toEqual({
        createdAt: '2026-03-02T01:00:00.000Z',
        pausedMinutes: 0,
      });
    });

    it('reads them as UTC without a zone anywhere, and says nothing when every time has an offset', async () => {
      const zoneless = await ingest.ingest(CONTRACT, local('U-1;chat;2026-03-25 09:00;'));
      expect(zoneless.assumedTimezone).toEqual({ zone: 'UTC', rows: 1 });
      expect(await stored(CONTRACT, 'U-1')).toMatchObject({ createdAt: '2026-03-25T09:00:00.000Z' });
      const zoned = await ingest.ingest(CONTRACT, local('U-2;chat;2026-03-25T09:00:00+01:00;'));
      expect(zoned).not.toHaveProperty('assumedTimezone');
    });
  });
});
