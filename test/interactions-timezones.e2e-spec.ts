import { DataSource } from 'typeorm';
import { bearer, userWithRole } from './helpers/auth';
import { minimalContract, vendorIn } from './helpers/contracts-fixtures';
import { startTestApp, TestApp } from './helpers/test-app';

/** The same five tickets of a Manila helpdesk, as instants (UTC). */
const TICKETS = [
  {
    id: 'M-1',
    channel: 'chat',
    created: '2026-03-02T01:00:00.000Z',
    response: '2026-03-02T01:20:00.000Z',
    reopened: true,
  },
  {
    id: 'M-2',
    channel: 'email',
    created: '2026-03-02T15:59:00.000Z',
    response: '2026-03-02T17:00:30.000Z',
    reopened: false,
  },
  { id: 'M-3', channel: 'voice', created: '2026-03-07T23:30:00.000Z', response: null, reopened: null },
  {
    id: 'M-4',
    channel: 'chat',
    created: '2026-03-08T06:45:00.000Z',
    response: '2026-03-08T07:00:00.000Z',
    reopened: false,
  },
  {
    id: 'M-5',
    channel: 'social',
    created: '2026-12-31T16:00:00.000Z',
    response: '2027-01-01T00:00:00.000Z',
    reopened: true,
  },
];

/** An instant as the Manila wall clock shows it (UTC+8, no daylight saving), without a zone. */
const manilaWallClock = (iso: string) =>
  new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');

describe('interaction ingest: time zones and forgiving CSV (SPEC §6)', () => {
  let t: TestApp;
  let ops: string;
  let contract: (coverage?: object) => Promise<string>;

  beforeAll(async () => {
    t = await startTestApp();
    ops = (await userWithRole(t, 'ops_manager')).token;
    const procurement = (await userWithRole(t, 'procurement')).token;
    const vendorId = await vendorIn(t, procurement, 'approved');
    contract = async (coverage?: object) => {
      const body = minimalContract(vendorId, coverage ? { coverage } : {});
      const res = await t.http.post('/api/v1/contracts').set(bearer(procurement)).send(body).expect(201);
      return res.body.id as string;
    };
  });
  afterAll(() => t.close());

  const ingestCsv = (contractId: string, csv: string, query = '') =>
    t.http
      .post(`/api/v1/contracts/${contractId}/interactions${query}`)
      .set(bearer(ops))
      .set('Content-Type', 'text/csv')
      .send(csv);

  const stored = async (contractId: string) =>
    (
      await t.app.get(DataSource).query<
        {
          externalId: string;
          createdAt: Date;
          firstResponseAt: Date | null;
          reopened: boolean | null;
          pausedMinutes: string | null;
        }[]
      >(
        `SELECT external_id AS "externalId", created_at AS "createdAt", first_response_at AS "firstResponseAt", reopened,
                paused_minutes AS "pausedMinutes"
         FROM interactions WHERE contract_id = $1 ORDER BY external_id`,
        [contractId],
      )
    ).map((row) => ({
      externalId: row.externalId,
      createdAt: row.createdAt.toISOString(),
      firstResponseAt: row.firstResponseAt?.toISOString() ?? null,
      reopened: row.reopened,
      pausedMinutes: row.pausedMinutes === null ? null : Number(row.pausedMinutes),
    }));

  it('stores a Manila export with zone-less times, ;-separated helpdesk headers and TRUE/FALSE exactly as the ISO-with-offset file', async () => {
    const withOffsets = await contract();
    const iso = await t.http
      .post(`/api/v1/contracts/${withOffsets}/interactions`)
      .set(bearer(ops))
      .send({
        interactions: TICKETS.map((k, i) => ({
          externalId: k.id,
          channel: k.channel,
          createdAt: k.created.replace('Z', '+00:00'),
          ...(k.response ? { firstResponseAt: k.response } : {}),
          ...(k.reopened === null ? {} : { reopened: k.reopened }),
          pausedMinutes: i * 7.5,
        })),
      })
      .expect(200);
    expect(iso.body).toMatchObject({ accepted: 5, rejectedCount: 0 });
    expect(iso.body).not.toHaveProperty('assumedTimezone');

    const local = await contract();
    const csv = [
      'External_ID;Channel;Created_At;First_Response_At;REOPENED;paused_minutes',
      ...TICKETS.map((k, i) =>
        [
          k.id,
          k.channel,
          manilaWallClock(k.created),
          k.response ? manilaWallClock(k.response) : '',
          k.reopened === null ? '' : k.reopened ? 'TRUE' : 'FALSE',
          String(i * 7.5),
        ].join(';'),
      ),
    ].join('\r\n');
    const answer = await ingestCsv(local, csv, '?timezone=Asia/Manila').expect(200);
    expect(answer.body).toMatchObject({
      accepted: 5,
      rejectedCount: 0,
      assumedTimezone: { zone: 'Asia/Manila', rows: 5 },
    });

    const expected = TICKETS.map((k, i) => ({
      externalId: k.id,
      createdAt: k.created,
      firstResponseAt: k.response,
      reopened: k.reopened,
      pausedMinutes: i * 7.5,
    }));
    expect(await stored(withOffsets)).toEqual(expected);
    expect(await stored(local)).toEqual(expected);
  });

  it("reads zone-less times in the contract's demand zone, rejecting a time New York skips", async () => {
    const newYork = await contract({ demand: { timezone: 'America/New_York', windows: [] } });
    const csv =
      'externalid\tchannel\tcreatedat\tabandoned\nNY-1\tvoice\t2026-03-08 01:30\tyes\nNY-2\tvoice\t2026-03-08 02:30\tno\nNY-3\tvoice\t2026-03-08T03:30:00-04:00\t0\n';
    const answer = await ingestCsv(newYork, csv).expect(200);
    expect(answer.body).toMatchObject({
      accepted: 2,
      rejected: [{ row: 2, externalId: 'NY-2', reason: expect.stringContaining('does not exist in America/New_York') }],
      assumedTimezone: { zone: 'America/New_York', rows: 1 },
    });
    expect((await stored(newYork)).map((r) => r.createdAt)).toEqual([
      '2026-03-08T06:30:00.000Z',
      '2026-03-08T07:30:00.000Z',
    ]);
  });

  it('answers 400 for an unknown ?timezone= and for a CSV without a required column, storing nothing', async () => {
    const contractId = await contract();
    const unknown = await ingestCsv(
      contractId,
      'externalId,channel,createdAt\nX-1,chat,2026-03-02 10:00\n',
      '?timezone=Mars/Olympus',
    ).expect(400);
    expect(unknown.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: expect.stringContaining('timezone'),
    });
    const missing = await ingestCsv(contractId, 'External_ID;Channel\nX-1;chat\n').expect(400);
    expect(missing.body.message).toContain('no createdAt column');
    expect(await stored(contractId)).toEqual([]);
  });
});
