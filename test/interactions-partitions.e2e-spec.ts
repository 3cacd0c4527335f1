import { Clock, DatabaseSettings, migrate } from '@vendorwatch/event-store';
import { DataSource } from 'typeorm';
import { migrations } from '../migrations';
import { bearer, userWithRole } from './helpers/auth';
import { minimalContract, vendorIn } from './helpers/contracts-fixtures';
import { eventually } from './helpers/eventually';
import { createTestDatabase, openDataSource } from './helpers/test-database';
import { startTestApp, TestApp } from './helpers/test-app';

const HEADER = 'externalId,channel,createdAt,firstResponseAt';
const partitionsOf = async (db: DataSource) =>
  (
    await db.query<{ name: string }[]>(
      `SELECT c.relname AS name FROM pg_inherits JOIN pg_class c ON c.oid = inhrelid
       WHERE inhparent = 'interactions'::regclass ORDER BY 1`,
    )
  ).map((row) => row.name);

describe('interactions partitioned by month (SPEC §16)', () => {
  let t: TestApp;
  let db: DataSource;
  let token: string;
  let contractId: string;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    const procurement = (await userWithRole(t, 'procurement')).token;
    token = (await userWithRole(t, 'ops_manager')).token;
    const vendorId = await vendorIn(t, procurement, 'approved');
    contractId = (
      await t.http.post('/api/v1/contracts').set(bearer(procurement)).send(minimalContract(vendorId)).expect(201)
    ).body.id;
  });
  afterAll(() => t.close());

  const send = (...rows: string[]) =>
    t.http
      .post(`/api/v1/contracts/${contractId}/interactions`)
      .set(bearer(token))
      .set('Content-Type', 'text/csv')
      .send(`${[HEADER, ...rows].join('\n')}\n`)
      .expect(200);

  it("has the worker create this month's partition and three ahead", async () => {
    const now = t.app.get(Clock).now();
    const month = (ahead: number) =>
      `interactions_${new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + ahead, 1)).toISOString().slice(0, 7).replace('-', '_')}`;
    await eventually(async () =>
      expect(await partitionsOf(db)).toEqual(expect.arrayContaining([0, 1, 2, 3].map(month))),
    );
  });

  it('stores an interaction of a month long past, creating its partition on the way', async () => {
    expect((await send('OLD-1,chat,2001-02-03T04:05:06.000Z,')).body).toMatchObject({ accepted: 1, rejected: [] });
    expect(await partitionsOf(db)).toContain('interactions_2001_02');
  });

  it('keeps a row written by SQL outside the created months in the default partition, until its month comes', async () => {
    await db.query(
      `INSERT INTO interactions (contract_id, external_id, channel, created_at) VALUES ($1, 'SQL-1', 'chat', '2002-06-01Z')`,
      [contractId],
    );
    const partitionOf = async () =>
      (
        await db.query<{ name: string }[]>(
          `SELECT tableoid::regclass::text AS name FROM interactions WHERE external_id = 'SQL-1'`,
        )
      ).map((row) => row.name);
    expect(await partitionOf()).toEqual(['interactions_default']);
    await db.query(`SELECT create_interaction_partitions('2002-06-15Z', '2002-06-15Z')`);
    expect(await partitionOf()).toEqual(['interactions_2002_06']);
  });

  it('moves a record re-sent with a createdAt in another month, keeping one current version', async () => {
    await send('M-1,chat,2026-01-15T10:00:00.000Z,2026-01-15T10:20:00.000Z');
    const moved = await send('M-1,chat,2026-03-03T10:00:00.000Z,2026-03-03T10:20:00.000Z');
    expect(moved.body).toMatchObject({ accepted: 1, replaced: 1, unchanged: 0 });
    expect((await send('M-1,chat,2026-03-03T10:00:00.000Z,2026-03-03T10:20:00.000Z')).body).toMatchObject({
      unchanged: 1,
    });
    const history = await t.http.get(`/api/v1/contracts/${contractId}/interactions/M-1`).set(bearer(token)).expect(200);
    expect(history.body.current).toMatchObject({ version: 2, createdAt: '2026-03-03T10:00:00.000Z' });
    expect(history.body.totalVersions).toBe(2);
    const stored = await db.query<{ partition: string }[]>(
      `SELECT tableoid::regclass::text AS partition FROM interactions WHERE contract_id = $1 AND external_id = 'M-1'`,
      [contractId],
    );
    expect(stored).toEqual([{ partition: 'interactions_2026_03' }]);
  });
});

describe('the migration to monthly partitions', () => {
  let settings: DatabaseSettings & { drop(): Promise<void> };

  afterAll(() => settings.drop());

  it('keeps every interaction of the table it replaces, each in its month', async () => {
    settings = await createTestDatabase();
    const db = await openDataSource(settings);
    await db.query(`DROP TABLE interactions, interaction_keys CASCADE`);
    await db.query(`DROP FUNCTION create_interaction_partitions`);
    await db.query(`DELETE FROM schema_migrations WHERE name = 'InteractionPartitions1764150000000'`);
    await db.query(`
      CREATE TABLE interactions (
        contract_id uuid NOT NULL, external_id text COLLATE "C" NOT NULL, channel text NOT NULL, priority text,
        customer_ref text, agent_ref text, created_at timestamptz NOT NULL, first_response_at timestamptz,
        resolved_at timestamptz, reopened boolean, csat smallint, abandoned boolean,
        received_at timestamptz NOT NULL DEFAULT now(), paused_minutes numeric CHECK (paused_minutes >= 0),
        version integer NOT NULL DEFAULT 1, submitted_by text, submitted_role text, submitted_at timestamptz,
        CONSTRAINT interactions_pkey PRIMARY KEY (contract_id, external_id))`);
    await db.query(`
      INSERT INTO interactions (contract_id, external_id, channel, created_at, version)
      SELECT '00000000-0000-0000-0000-000000000001', 'X-' || n, 'chat', timestamptz '2025-11-20' + n * interval '1 day', 1 + n % 3
      FROM generate_series(1, 100) n`);
    await migrate(settings, migrations);

    expect(await partitionsOf(db)).toEqual([
      'interactions_2025_11',
      'interactions_2025_12',
      'interactions_2026_01',
      'interactions_2026_02',
      'interactions_default',
    ]);
    const [counts] = await db.query<{ rows: number; keys: number; versions: number }[]>(
      `SELECT (SELECT count(*)::int FROM interactions) AS rows, (SELECT count(*)::int FROM interaction_keys) AS keys,
              (SELECT sum(version)::int FROM interactions) AS versions`,
    );
    expect(counts).toEqual({ rows: 100, keys: 100, versions: 200 });
    await db.destroy();
  });
});
