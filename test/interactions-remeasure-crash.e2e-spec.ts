import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { ProjectionCheckpoints, ProjectionRegistry } from '@vendorwatch/event-store';
import { createApp } from '../apps/api/src/app';
import { loadConfig } from '../apps/api/src/config';
import { adminToken, bearer, userWithRole } from './helpers/auth';
import { minimalContract, vendorIn } from './helpers/contracts-fixtures';
import { freePort } from './helpers/postgres-servers';
import { eventually } from './helpers/eventually';
import { thousandRowCsv } from './helpers/interactions-fixtures';
import { ADMIN, TestApp } from './helpers/test-app';
import { createTestDatabase } from './helpers/test-database';

const WEEK = { periodStart: '2026-03-02T00:00:00.000Z', periodEnd: '2026-03-09T00:00:00.000Z' };
const ENV = {
  ADMIN_EMAIL: ADMIN.email,
  ADMIN_PASSWORD: ADMIN.password,
  JWT_SECRET: 'crash-test-secret-that-is-long-enough-for-hs256', // shared, so tokens outlive a process
  LOG_LEVEL: 'error',
  RATE_LIMIT_PER_MINUTE: '1000000',
};

/** The product as a real process (apps/api/src/main.ts, TypeScript run as jest runs it), on the test's schema. */
class ProductProcess {
  readonly http: TestAgent;
  private readonly child: ChildProcess;

  private constructor(port: number, schema: string, env: Record<string, string>) {
    this.child = spawn(
      process.execPath,
      ['--require', join(__dirname, 'event-store/fixtures/register.js'), join(__dirname, '../apps/api/src/main.ts')],
      {
        env: { ...process.env, ...ENV, ...env, PORT: String(port), DATABASE_SCHEMA: schema },
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    this.http = request(`http://127.0.0.1:${port}`);
  }

  static async start(schema: string, env: Record<string, string>): Promise<ProductProcess> {
    const product = new ProductProcess(await freePort(), schema, env);
    await eventually(() => product.http.get('/api/v1/health').expect(200), 60_000);
    return product;
  }

  kill(signal: NodeJS.Signals): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return Promise.resolve();
    return new Promise((exited) => {
      this.child.once('exit', () => exited());
      this.child.kill(signal);
    });
  }
}

describe('re-measurement survives a crash between an ingest and its measuring', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  const running: ProductProcess[] = [];
  let ops: string;
  let admin: string;
  let contractId: string;
  let slaId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    // The contract and its SLA, set up by an in-process product whose worker reacts to the definition (which
    // queues the periods already holding evidence: none yet) before the crash scenario starts.
    const app = await createApp(loadConfig({ ...process.env, ...ENV, DATABASE_SCHEMA: database.schema }), database);
    try {
      const t: TestApp = { app, http: request(app.getHttpServer()), schema: database.schema, close: () => app.close() };
      ops = (await userWithRole(t, 'ops_manager')).token;
      const procurement = (await userWithRole(t, 'procurement')).token;
      const vendorId = await vendorIn(t, procurement, 'approved');
      const contract = await t.http
        .post('/api/v1/contracts')
        .set(bearer(procurement))
        .send(minimalContract(vendorId))
        .expect(201);
      contractId = contract.body.id;
      const sla = await t.http
        .post(`/api/v1/contracts/${contractId}/slas`)
        .set(bearer(ops))
        .send({
          name: 'First response within 1h',
          metric: 'first_response_time',
          objective: { kind: 'attainment', thresholdMinutes: 60, targetPercent: 90 },
          period: 'week',
          minimumSample: 2,
          serviceCreditPercent: 5,
        })
        .expect(201);
      slaId = sla.body.id;
      const names = app
        .get(ProjectionRegistry)
        .all()
        .map((projection) => projection.name);
      expect(await app.get(ProjectionCheckpoints).waitUntilProcessed(names, sla.body.position, 30_000)).toBe(true);
      admin = await adminToken(t);
    } finally {
      await app.close();
    }
  }, 120_000);

  afterAll(async () => {
    await Promise.all(running.map((product) => product.kill('SIGKILL')));
    await database.drop();
  });

  it('measures the periods after a restart, without anything re-sent', async () => {
    const crashing = await ProductProcess.start(database.schema, {
      WORKER: 'off',
      VENDORWATCH_FAILPOINT: 'skip-ingest-drain',
    });
    running.push(crashing);
    const ingest = await crashing.http
      .post(`/api/v1/contracts/${contractId}/interactions`)
      .set(bearer(ops))
      .set('Content-Type', 'text/csv')
      .send(thousandRowCsv())
      .expect(200);
    expect(ingest.body).toMatchObject({ accepted: 996, rejectedCount: 4, measurementsRecorded: 0 });
    const measuredEvents = async (product: ProductProcess) =>
      (await product.http.get(`/api/v1/audit/events?streamId=${slaId}&type=SlaMeasured`).set(bearer(admin)).expect(200))
        .body.total;
    expect(await measuredEvents(crashing)).toBe(0);
    await crashing.kill('SIGKILL');

    const restarted = await ProductProcess.start(database.schema, { WORKER: 'on' });
    running.push(restarted);
    const periods = await eventually(async () => {
      const { body } = await restarted.http.get(`/api/v1/slas/${slaId}`).set(bearer(ops)).expect(200);
      if (body.periods.length === 0) throw new Error('The week is not measured yet.');
      return body.periods;
    }, 60_000);
    expect(periods).toEqual([
      expect.objectContaining({ ...WEEK, value: 80.12, sampleSize: 996, source: 'computed', outcome: 'breached' }),
    ]);
    expect(await measuredEvents(restarted)).toBe(1);
  }, 180_000);
});
