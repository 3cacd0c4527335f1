import { ChildProcess } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ADMIN } from './helpers/test-app';
import { createTestDatabase, openDataSource } from './helpers/test-database';
import { bearer } from './helpers/auth';
import { startFixture, stopFixture } from './helpers/child-process';
import { eventually } from './helpers/eventually';
import { minimalContract } from './helpers/contracts-fixtures';
import { EVALUATION, vendorBody } from './helpers/vendors-fixtures';

const HEADER = 'externalId,channel,createdAt,firstResponseAt';
const WEEK_START = Date.parse('2026-03-02T00:00:00.000Z');

function rows(prefix: string, count: number): string {
  const lines = Array.from({ length: count }, (_, k) => {
    const created = WEEK_START + (k % 10_000) * 60_000;
    return `${prefix}-${k},chat,${new Date(created).toISOString()},${new Date(created + 30 * 60_000).toISOString()}`;
  });
  return `${HEADER}\n${lines.join('\n')}\n`;
}

/**
 * SIGKILL of the server process (issue 15): during an ingest, and while its worker applies projection batches.
 * After a restart nothing that was answered is lost and nothing is applied twice.
 */
describe('crash recovery', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: DataSource;
  let server: ChildProcess | undefined;
  let port = 0;
  let admin = '';

  const env = (worker: 'on' | 'off') => ({
    DATABASE_URL: database.url,
    DATABASE_SCHEMA: database.schema,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256',
    LOG_LEVEL: 'fatal',
    RATE_LIMIT_PER_MINUTE: '1000000',
    WORKER: worker,
  });
  async function start(worker: 'on' | 'off' = 'on'): Promise<void> {
    const started = await startFixture<{ port: number }>('api-server.ts', [], env(worker));
    server = started.child;
    port = started.ready.port;
  }
  async function kill(): Promise<void> {
    if (server) await stopFixture(server, 'SIGKILL');
    server = undefined;
  }
  const http = () => request(`http://127.0.0.1:${port}`);
  const post = (path: string, body: object) => http().post(`/api/v1${path}`).set(bearer(admin)).send(body);
  const sql = (text: string, params: unknown[] = []) => db.query(text, params);

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await openDataSource(database);
    await start();
    admin = (await http().post('/api/v1/auth/login').send(ADMIN).expect(200)).body.accessToken;
  }, 120_000);
  afterAll(async () => {
    await kill();
    await db?.destroy();
    await database?.drop();
  }, 60_000);

  it('keeps every answered ingest and stores a killed one whole or not at all; its retry counts each row once', async () => {
    const vendorId = (
      await post('/vendors', vendorBody(`Crash ${Date.now()}`, { channels: ['chat', 'email'] })).expect(201)
    ).body.id;
    await post(`/vendors/${vendorId}/evaluations`, EVALUATION).expect(201);
    await post(`/vendors/${vendorId}/approve`, { rationale: 'ok' }).expect(201);
    const contractId = (await eventually(() => post('/contracts', minimalContract(vendorId)).expect(201))).body.id;
    const answered = await http()
      .post(`/api/v1/contracts/${contractId}/interactions`)
      .set(bearer(admin))
      .set('Content-Type', 'text/csv')
      .send(rows('A', 500))
      .expect(200);
    expect(answered.body.accepted).toBe(500);

    // A 150,000-row upload, killed while it streams in.
    const big = rows('B', 150_000);
    const upload = httpRequest({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: `/api/v1/contracts/${contractId}/interactions`,
      headers: { ...bearer(admin), 'Content-Type': 'text/csv', 'Content-Length': Buffer.byteLength(big) },
    });
    upload.on('error', () => undefined);
    upload.write(big.slice(0, big.length / 2));
    await new Promise((resolve) => setTimeout(resolve, 500));
    await kill();
    upload.destroy();

    await start();
    const stored = async () =>
      (await sql(`SELECT count(*)::int AS n FROM interactions WHERE contract_id = $1`, [contractId]))[0].n as number;
    expect([500, 150_500]).toContain(await stored());
    const retried = await http()
      .post(`/api/v1/contracts/${contractId}/interactions`)
      .set(bearer(admin))
      .set('Content-Type', 'text/csv')
      .send(big)
      .expect(200);
    expect(retried.body.accepted).toBe(150_000);
    expect(await stored()).toBe(150_500);
    const [row] = await sql(
      `SELECT count(*)::int AS n, count(DISTINCT external_id)::int AS ids FROM interactions WHERE contract_id = $1`,
      [contractId],
    );
    expect(row).toEqual({ n: 150_500, ids: 150_500 });
  }, 120_000);

  it('applies every event exactly once when the worker is killed during projection batches', async () => {
    await kill();
    await start('off');
    admin = (await http().post('/api/v1/auth/login').send(ADMIN).expect(200)).body.accessToken;
    const CHECKS = 15;
    const vendors: string[] = [];
    for (let v = 0; v < 20; v++) {
      const id = (await post('/vendors', vendorBody(`Batch ${v} ${Date.now()}`)).expect(201)).body.id;
      vendors.push(id);
    }
    await Promise.all(
      vendors.map(async (id) => {
        for (let c = 0; c < CHECKS; c++)
          await post(`/vendors/${id}/reference-checks`, {
            company: `C${c}`,
            contactRole: 'CX',
            outcome: 'positive',
          }).expect(201);
      }),
    );
    await kill();

    // The worker starts on 320 waiting events and is killed twice while it works through them.
    const [{ waiting }] = await sql(`SELECT max(global_position)::text AS waiting FROM events`);
    let killedBehind = 0;
    for (let crash = 0; crash < 2; crash++) {
      await start('on');
      await new Promise((resolve) => setTimeout(resolve, crash * 30));
      await kill();
      const [{ behind }] = await sql(
        `SELECT count(*)::int AS behind FROM projection_checkpoints WHERE global_position < $1`,
        [waiting],
      );
      killedBehind += behind;
    }
    expect(killedBehind).toBeGreaterThan(0);
    await start('on');
    admin = (await http().post('/api/v1/auth/login').send(ADMIN).expect(200)).body.accessToken;
    const [{ latest }] = await sql(`SELECT max(global_position)::text AS latest FROM events`);
    for (const id of vendors) {
      const vendor = await http()
        .get(`/api/v1/vendors/${id}`)
        .set(bearer(admin))
        .set('X-Min-Position', latest)
        .expect(200);
      expect({ id, checks: vendor.body.referenceChecks.length, version: vendor.body.version }).toEqual({
        id,
        checks: CHECKS,
        version: CHECKS + 1,
      });
    }
  }, 120_000);
});
