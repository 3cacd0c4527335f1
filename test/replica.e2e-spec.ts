import { Clock } from '@vendorwatch/event-store';
import { Client } from 'pg';
import TestAgent from 'supertest/lib/agent';
import { bearer, userWithRole } from './helpers/auth';
import { minimalContract, vendorIn } from './helpers/contracts-fixtures';
import { startReplicaPair, ReplicaPair } from './helpers/postgres-servers';
import { anotherApiProcess, settled, startTestApp, TestApp } from './helpers/test-app';
import { vendorBody } from './helpers/vendors-fixtures';

describe('report and list reads from a streaming replica (SPEC §16)', () => {
  let pair: ReplicaPair;
  let t: TestApp;
  let primaryOnly: Awaited<ReturnType<typeof anotherApiProcess>>;
  let replica: Client;
  let token: string;

  beforeAll(async () => {
    pair = await startReplicaPair();
    t = await startTestApp({ DATABASE_URL: pair.primaryUrl, DATABASE_REPLICA_URL: pair.replicaUrl });
    primaryOnly = await anotherApiProcess(t, { DATABASE_URL: pair.primaryUrl });
    replica = new Client({ connectionString: pair.replicaUrl });
    await replica.connect();
    token = (await userWithRole(t, 'procurement')).token;
    // The reports are figures as of now: both processes read one clock.
    for (const app of [t.app, primaryOnly.app]) app.get(Clock).set('2026-12-07T12:00:00.000Z');
  }, 60_000);
  afterAll(async () => {
    await replica?.end();
    await primaryOnly?.close();
    await t?.close();
    pair?.stop();
  });

  const read = (http: TestAgent, path: string, position?: string) => {
    const request = http.get(`/api/v1${path}`).set(bearer(token));
    return position ? request.set('X-Min-Position', position) : request;
  };
  const registerVendor = async (name: string) =>
    (await t.http.post('/api/v1/vendors').set(bearer(token)).send(vendorBody(name)).expect(201)).body as {
      id: string;
      position: string;
    };
  const names = (body: { items: { name: string }[] }) => body.items.map((vendor) => vendor.name);

  it("serves reports and lists from the replica equal to the primary's", async () => {
    const vendorId = await vendorIn(t, token, 'approved');
    const contract = await t.http.post('/api/v1/contracts').set(bearer(token)).send(minimalContract(vendorId));
    expect(contract.status).toBe(201);
    await settled(t, contract.body.position);
    const reports = [
      '/vendors',
      '/contracts',
      '/reports/vendor-ranking',
      `/reports/support-debt?contractId=${contract.body.id}`,
    ];
    for (const path of [...reports, `/vendors/${vendorId}/checklist`, `/vendors/${vendorId}/performance`]) {
      const fromReplica = await read(t.http, path, contract.body.position);
      const fromPrimary = await read(primaryOnly.http, path, contract.body.position);
      expect({ path, status: fromReplica.status, body: fromReplica.body }).toEqual({
        path,
        status: 200,
        body: fromPrimary.body,
      });
    }
    expect(names((await read(t.http, '/vendors').expect(200)).body)).toHaveLength(1);
  });

  it('makes X-Min-Position wait until the replica has replayed that far: 503 past 5 s, then the write', async () => {
    await replica.query('SELECT pg_wal_replay_pause()');
    const paused = await registerVendor('Written While Replay Paused');
    await settled(t, paused.position);
    expect(names((await read(primaryOnly.http, '/vendors', paused.position).expect(200)).body)).toContain(
      'Written While Replay Paused',
    );
    expect(names((await read(t.http, '/vendors').expect(200)).body)).not.toContain('Written While Replay Paused');

    const started = Date.now();
    const late = await read(t.http, '/vendors', paused.position).expect(503);
    expect(late.headers['retry-after']).toBe('1');
    expect(Date.now() - started).toBeGreaterThanOrEqual(4_500);

    const waiting = read(t.http, '/vendors', paused.position).then((response) => response);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await replica.query('SELECT pg_wal_replay_resume()');
    const caughtUp = await waiting;
    expect(caughtUp.status).toBe(200);
    expect(names(caughtUp.body)).toContain('Written While Replay Paused');
    expect(BigInt(caughtUp.headers['x-projection-position'])).toBeGreaterThanOrEqual(BigInt(paused.position));
  });
});
