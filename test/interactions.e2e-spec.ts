import { Clock } from '@vendorwatch/event-store';
import { ComputedMeasurements } from '@vendorwatch/slas';
import { randomUUID } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importInteractionsCommand } from '../apps/cli/src/commands/import-interactions.command';
import { minimalContract, vendorIn } from './helpers/contracts-fixtures';
import { adminToken, bearer, requestsAs, userWithRole } from './helpers/auth';
import { settled, startTestApp, TestApp } from './helpers/test-app';
import { eventually } from './helpers/eventually';
import { csvOf, goodRow, thousandRowCsv } from './helpers/interactions-fixtures';

const attainment = (thresholdMinutes: number, targetPercent: number) => ({
  kind: 'attainment',
  thresholdMinutes,
  targetPercent,
});
const SLAS = {
  frt: { name: 'First response within 1h', metric: 'first_response_time', objective: attainment(60, 90) },
  resolution: { name: 'Resolved within a day', metric: 'resolution_time', objective: attainment(1440, 50) },
  csat: { name: 'CSAT', metric: 'csat', objective: { kind: 'min', target: 80 } },
  reopen: { name: 'Reopen rate', metric: 'reopen_rate', objective: { kind: 'max', target: 10 } },
  abandonment: { name: 'Abandonment', metric: 'abandonment_rate', objective: { kind: 'max', target: 5 } },
};
type SlaKey = keyof typeof SLAS;
const WEEK = { periodStart: '2026-03-02T00:00:00.000Z', periodEnd: '2026-03-09T00:00:00.000Z' };

describe('interaction ingest and computed SLAs', () => {
  let t: TestApp;
  let ops: string;
  let admin: string;
  let vendorId: string;
  let contractId: string;
  const slaIds = {} as Record<SlaKey, string>;

  beforeAll(async () => {
    t = await startTestApp();
    t.app.get(Clock).set('2026-03-25T12:00:00.000Z');
    admin = await adminToken(t);
    ops = (await userWithRole(t, 'ops_manager')).token;
    const procurement = (await userWithRole(t, 'procurement')).token;
    vendorId = await vendorIn(t, procurement, 'approved');
    contractId = (await post('/contracts', minimalContract(vendorId), procurement).expect(201)).body.id;
    let position = '0';
    for (const key of Object.keys(SLAS) as SlaKey[]) ({ id: slaIds[key], position } = await defineSla(contractId, key));
    await settled(t, position); // so the ingest, not the reaction to a definition, records each first figure
  });
  afterAll(() => t.close());

  const { post, get } = requestsAs(
    () => t,
    () => ops,
  );
  const sendCsv = (csv: string, token = ops, id = contractId) =>
    t.http.post(`/api/v1/contracts/${id}/interactions`).set(bearer(token)).set('Content-Type', 'text/csv').send(csv);
  const periodsOf = async (key: SlaKey, position: string) =>
    (await get(`/slas/${slaIds[key]}`, position).expect(200)).body.periods;
  const eventCount = async () =>
    (await t.http.get('/api/v1/audit/events?limit=1').set(bearer(admin)).expect(200)).body.total;

  it('keeps the good rows of a 1,000-row CSV, reports the bad ones, and measures each SLA exactly', async () => {
    const res = await sendCsv(thousandRowCsv()).expect(200);
    expect(res.body).toMatchObject({
      accepted: 996,
      replaced: 0,
      unchanged: 0,
      rejectedCount: 4,
      rejected: [
        { row: 101, externalId: 'B-1', reason: 'createdAt is missing' },
        { row: 202, externalId: 'B-2', reason: 'firstResponseAt is before createdAt' },
        { row: 303, externalId: 'B-3', reason: 'csat 7 is not a whole number from 1 to 5' },
        { row: 1000, externalId: 'T-0', reason: 'externalId is repeated (first on row 1)' },
      ],
      measurementsRecorded: 5,
    });
    const measured = (key: SlaKey, value: number, sampleSize: number, outcome: string) =>
      expect(periodsOf(key, res.body.position)).resolves.toEqual([
        expect.objectContaining({ ...WEEK, value, sampleSize, source: 'computed', outcome, provisional: false }),
      ]);
    await measured('frt', 80.12, 996, 'breached'); // 798 answered within 30 min; 99 after 90 min and 99 never answered count as missed
    await measured('resolution', 60.04, 996, 'met'); // 598 resolved within 2 h; 199 after 30 h and 199 unresolved are missed
    await measured('csat', 50, 498, 'breached'); // 249 fives among 498 rated
    await measured('reopen', 6.27, 797, 'met'); // 50 reopened among 797 resolved
    await measured('abandonment', 50, 332, 'breached'); // 166 abandoned among 332 voice calls
  });

  it('changes nothing and appends no event when the same file is sent again', async () => {
    const before = await eventCount();
    const res = await sendCsv(thousandRowCsv()).expect(200);
    expect(res.body).toMatchObject({
      accepted: 996,
      replaced: 0,
      unchanged: 996,
      rejectedCount: 4,
      measurementsRecorded: 0,
    });
    expect(res.body.position).toBeUndefined();
    expect(await eventCount()).toBe(before);
  });

  it('moves the figure when a record is edited and sent again', async () => {
    const res = await sendCsv(csvOf([goodRow(8, { firstResponseMinutes: 30 })])).expect(200);
    expect(res.body).toMatchObject({ accepted: 1, replaced: 1, unchanged: 0, rejected: [], measurementsRecorded: 1 });
    const [week] = await periodsOf('frt', res.body.position);
    expect(week).toMatchObject({ ...WEEK, value: 80.22, sampleSize: 996, outcome: 'breached' }); // 799 of 996
  });

  it('counts an unanswered interaction as missed only once its threshold has passed', async () => {
    const clock = t.app.get(Clock);
    const res = await sendCsv(
      csvOf([
        'U-1,chat,,,,2026-03-25T11:30:00.000Z,,,,,',
        'U-2,chat,,,,2026-03-25T10:00:00.000Z,2026-03-25T10:20:00.000Z,,,,',
        'U-3,chat,,,,2026-03-25T10:00:00.000Z,,,,,',
      ]),
    ).expect(200);
    const running = { periodStart: '2026-03-23T00:00:00.000Z', periodEnd: '2026-03-30T00:00:00.000Z' };
    expect((await periodsOf('frt', res.body.position))[0]).toMatchObject({
      ...running,
      value: 50,
      sampleSize: 2,
      provisional: true,
    });

    clock.set('2026-03-25T12:31:00.000Z'); // U-1 is now 61 minutes old
    await t.app.get(ComputedMeasurements).remeasureOpenPeriods();
    const later = await periodsOf('frt', await lastPosition());
    expect(later[0]).toMatchObject({ ...running, value: 33.33, sampleSize: 3, outcome: 'breached', provisional: true });
    expect(await breachesOf(slaIds.frt)).toEqual([WEEK.periodStart]); // none while provisional

    clock.set('2026-03-30T01:00:00.000Z'); // the week is over and its last interaction's hour has passed
    await t.app.get(ComputedMeasurements).remeasureOpenPeriods();
    const closed = await periodsOf('frt', await lastPosition());
    expect(closed[0]).toMatchObject({
      ...running,
      value: 33.33,
      sampleSize: 3,
      outcome: 'breached',
      provisional: false,
    });
    expect(await breachesOf(slaIds.frt)).toEqual([WEEK.periodStart, running.periodStart]);
  });

  it('takes a JSON body, and refuses bodies that are not JSON or CSV at all', async () => {
    const interactions = [
      {
        externalId: 'J-1',
        channel: 'email',
        createdAt: '2026-03-03T09:00:00Z',
        firstResponseAt: '2026-03-03T09:10:00Z',
        csat: 4,
      },
      { externalId: 'J-2', channel: 'fax', createdAt: '2026-03-03T09:00:00Z' },
    ];
    const res = await post(`/contracts/${contractId}/interactions`, { interactions }).expect(200);
    expect(res.body).toMatchObject({
      accepted: 1,
      rejected: [{ row: 2, externalId: 'J-2', reason: 'channel "fax" is not one of voice, chat, email, social' }],
    });

    const url = `/api/v1/contracts/${contractId}/interactions`;
    const broken = await t.http
      .post(url)
      .set(bearer(ops))
      .set('Content-Type', 'application/json')
      .send('{"interactions": [{"externalId": ')
      .expect(400);
    expect(broken.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: expect.stringContaining('it ends too early'),
    });
    await t.http.post(url).set(bearer(ops)).set('Content-Type', 'text/plain').send('hello').expect(400);
    await sendCsv('externalId,colour\nT-1,red\n').expect(400);
  });

  it('ingests each upload even under a reused Idempotency-Key (the rows are the idempotency key)', async () => {
    const upload = (rows: string[]) =>
      t.http
        .post(`/api/v1/contracts/${contractId}/interactions`)
        .set(bearer(ops))
        .set('Idempotency-Key', 'nightly-export')
        .set('Content-Type', 'text/csv')
        .send(csvOf(rows));
    const first = await upload([goodRow(5001)]).expect(200);
    const second = await upload([goodRow(5002), goodRow(5003)]).expect(200);
    expect(first.body.accepted).toBe(1);
    expect(second.body.accepted).toBe(2);
  });

  it('answers 413 for a body over 50 MB and stores none of it', async () => {
    const row = goodRow(1).replace('T-1,', 'BIG-');
    const rows = Array.from(
      { length: Math.ceil((51 * 1024 * 1024) / row.length) },
      (_, i) => `${row.replace('BIG-', `BIG-${i}`)}`,
    );
    const before = await eventCount();
    const res = await sendCsv(csvOf(rows)).expect(413);
    expect(res.body).toMatchObject({ statusCode: 413, error: 'Payload Too Large' });
    expect(await eventCount()).toBe(before); // had its rows been stored, the FRT week would have been re-measured
  });

  it('lets a vendor ingest for its own contracts only, and answers 404 for unknown contracts', async () => {
    const ownVendor = (await userWithRole(t, 'vendor', { vendorId })).token;
    const otherVendor = (await userWithRole(t, 'vendor')).token;
    const qa = (await userWithRole(t, 'qa_reviewer')).token;
    const csv = csvOf(['V-1,chat,,,,2026-03-04T10:00:00.000Z,2026-03-04T10:05:00.000Z,,,,']);
    await sendCsv(csv, ownVendor).expect(200);
    await sendCsv(csv, otherVendor).expect(404);
    await sendCsv(csv, qa).expect(403);
    await sendCsv(csv, ops, randomUUID()).expect(404);
  });

  it('imports a CSV file through cli import-interactions with the counts, progress and measurements of the route', async () => {
    const cliContract = await anotherContract();
    const frt = await defineSla(cliContract, 'frt');
    await settled(t, frt.position);
    const file = join(tmpdir(), `interactions-${randomUUID()}.csv`);
    writeFileSync(file, thousandRowCsv());
    const printed: string[] = [];
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => printed.push(String(chunk)) > 0);
    process.env.DATABASE_SCHEMA = t.schema;
    try {
      expect(await importInteractionsCommand.run([cliContract, file])).toBe(0);
    } finally {
      stderr.mockRestore();
      delete process.env.DATABASE_SCHEMA;
      rmSync(file);
    }
    const output = printed.join('');
    expect(output).toMatch(/import \[#{30}\] 100% 1,000 rows .* rows\/s {2}4 rejected/);
    expect(output).toContain('996 accepted (0 replaced, 0 unchanged), 4 rejected, 1 SLA measurements recorded.');
    expect(output).toContain('row 303 (B-3): csat 7 is not a whole number from 1 to 5');
    const [week] = (await get(`/slas/${frt.id}`, await lastPosition()).expect(200)).body.periods;
    expect(week).toMatchObject({ ...WEEK, value: 80.12, sampleSize: 996, source: 'computed' });
  });

  it('measures an SLA defined a moment before the ingest, with no wait in between', async () => {
    const contract = await anotherContract();
    const frt = await defineSla(contract, 'frt');
    await sendCsv(thousandRowCsv(), ops, contract).expect(200);
    expect(await measuredPeriods(frt)).toEqual([
      expect.objectContaining({ ...WEEK, value: 80.12, sampleSize: 996, source: 'computed' }),
    ]);
  });

  it('measures an SLA defined after its interactions were sent, for every period that holds them', async () => {
    const lateContract = await anotherContract();
    expect((await sendCsv(thousandRowCsv(), ops, lateContract).expect(200)).body).toMatchObject({
      accepted: 996,
      measurementsRecorded: 0,
    });
    const frt = await defineSla(lateContract, 'frt');
    expect(await measuredPeriods(frt)).toEqual([
      expect.objectContaining({ ...WEEK, value: 80.12, sampleSize: 996, source: 'computed', outcome: 'breached' }),
    ]);
  });

  async function anotherContract(): Promise<string> {
    const procurement = (await userWithRole(t, 'procurement')).token;
    return (await post('/contracts', minimalContract(vendorId), procurement).expect(201)).body.id;
  }

  async function defineSla(contract: string, key: SlaKey): Promise<{ id: string; position: string }> {
    return (
      await post(`/contracts/${contract}/slas`, {
        ...SLAS[key],
        period: 'week',
        minimumSample: 2,
        serviceCreditPercent: 5,
      }).expect(201)
    ).body;
  }

  /** The SLA's periods once it has any (measuring may follow the write that caused it). */
  function measuredPeriods(sla: { id: string; position: string }) {
    return eventually(async () => {
      const { periods } = (await get(`/slas/${sla.id}`, sla.position).expect(200)).body;
      if (periods.length === 0) throw new Error(`SLA ${sla.id} is not measured yet.`);
      return periods;
    });
  }

  async function lastPosition(): Promise<string> {
    const { total } = (await t.http.get('/api/v1/audit/events?limit=1').set(bearer(admin)).expect(200)).body;
    const page = await t.http
      .get(`/api/v1/audit/events?limit=1&offset=${total - 1}`)
      .set(bearer(admin))
      .expect(200);
    return page.body.items[0].position;
  }

  async function breachesOf(slaId: string): Promise<string[]> {
    const res = await t.http
      .get(`/api/v1/audit/events?streamId=${slaId}&type=SlaBreached`)
      .set(bearer(admin))
      .expect(200);
    return res.body.items.map((event: { data: { periodStart: string } }) => event.data.periodStart);
  }
});
