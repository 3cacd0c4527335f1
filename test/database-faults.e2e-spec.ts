import { ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { adminToken, bearer } from './helpers/auth';
import { startFixture, stopFixture } from './helpers/child-process';
import { startTestApp, TestApp } from './helpers/test-app';
import { eventually } from './helpers/eventually';
import { vendorBody } from './helpers/vendors-fixtures';

/** The postmaster of a data directory and every backend it forked (what "the database's processes" are). */
function postgresProcesses(dataDir: string): number[] {
  const postmaster = Number(readFileSync(resolve(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const children = readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster;
      } catch {
        return false;
      }
    })
    .map(Number);
  return [postmaster, ...children];
}

/**
 * A database that stops answering or goes away (issue 15): health answers 503 within 6 s, writes 503 with
 * `Retry-After` within 10 s, and everything works again once it is back. The database is a PostgreSQL of this
 * test's own (the shared one must not be stopped).
 */
describe('database faults', () => {
  const requestedDir = resolve(`.data/fault-postgres-${randomBytes(4).toString('hex')}`);
  let dataDir = requestedDir;
  let database: ChildProcess | undefined;
  let t: TestApp;
  let admin: string;
  const sharedUrl = process.env.DATABASE_URL;
  const signal = (name: NodeJS.Signals) => postgresProcesses(dataDir).forEach((pid) => process.kill(pid, name));

  beforeAll(async () => {
    const started = await startFixture<{ url: string; dataDir: string }>('embedded-postgres.ts', [requestedDir]);
    database = started.child;
    dataDir = started.ready.dataDir;
    process.env.DATABASE_URL = started.ready.url;
    t = await startTestApp();
    admin = await adminToken(t);
  }, 120_000);
  afterAll(async () => {
    if (database) signal('SIGCONT');
    await t?.close().catch(() => undefined);
    process.env.DATABASE_URL = sharedUrl;
    if (database) await stopFixture(database);
    for (const dir of new Set([requestedDir, dataDir])) rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  const write = () =>
    t.http
      .post('/api/v1/vendors')
      .set(bearer(admin))
      .send(vendorBody(`V ${randomBytes(4).toString('hex')}`));
  const timed = async <T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> => {
    const started = Date.now();
    const result = await work();
    return { result, ms: Date.now() - started };
  };

  it('answers 503 on health within 6 s and on writes with Retry-After within 10 s while the database is stopped', async () => {
    await t.http.get('/api/v1/health').expect(200);
    await write().expect(201);
    signal('SIGSTOP');
    try {
      const health = await timed(() => t.http.get('/api/v1/health'));
      expect(health.result.status).toBe(503);
      expect(health.result.body).toMatchObject({ statusCode: 503, error: 'Service Unavailable', database: 'down' });
      expect(health.ms).toBeLessThan(6000);

      const written = await timed(() => write());
      expect(written.result.status).toBe(503);
      expect(written.result.headers['retry-after']).toBeDefined();
      expect(written.result.body).toMatchObject({ statusCode: 503, error: 'Service Unavailable' });
      expect(written.ms).toBeLessThan(10_000);
    } finally {
      signal('SIGCONT');
    }
    await eventually(() => t.http.get('/api/v1/health').expect(200), 20_000);
    await eventually(() => write().expect(201), 20_000);
  }, 60_000);

  it('answers 503, not 500, on health and writes when the database is down', async () => {
    await stopFixture(database!);
    database = undefined;
    const health = await timed(() => t.http.get('/api/v1/health'));
    expect(health.result.status).toBe(503);
    expect(health.ms).toBeLessThan(6000);
    const written = await timed(() => write());
    expect(written.result.status).toBe(503);
    expect(written.result.headers['retry-after']).toBeDefined();
    expect(written.ms).toBeLessThan(10_000);
  }, 60_000);
});
