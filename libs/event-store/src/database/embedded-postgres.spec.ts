import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { acquireEmbeddedLock, EmbeddedDatabaseInUseError } from './embedded-lock';
import { ROOT_EMBEDDED_HOME } from './embedded-placement';
import { startEmbeddedPostgres } from './embedded-postgres';

// Only root's embedded PostgreSQL runs as another user, which may not reach the checkout.
const asRoot = process.getuid?.() === 0 ? describe : describe.skip;

describe('the embedded database lock', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'vendorwatch-lock-'))));
  afterEach(() => rmSync(dir, { recursive: true }));

  it('names the live process holding it, and is free again once released', () => {
    const file = join(dir, 'postgres.lock');
    const lock = acquireEmbeddedLock(file, { command: 'npm start', port: 3000 });
    lock.publish('postgres://postgres:secret@127.0.0.1:4242/vendorwatch');
    expect(() => acquireEmbeddedLock(file, { command: 'npm run seed' })).toThrow(
      `\`npm start\` (pid ${process.pid}, serving http://localhost:3000`,
    );
    expect(() => acquireEmbeddedLock(file, { command: 'npm run seed' })).toThrow(
      'DATABASE_URL=postgres://postgres:secret@127.0.0.1:4242/vendorwatch',
    );
    lock.release();
    acquireEmbeddedLock(file, { command: 'npm run seed' }).release();
    expect(existsSync(file)).toBe(false);
  });

  it('takes over a lock left by a process that died', () => {
    const file = join(dir, 'postgres.lock');
    writeFileSync(file, JSON.stringify({ command: 'npm start', pid: 2 ** 22 + 1, startedAt: '2026-01-01T00:00:00Z' }));
    const lock = acquireEmbeddedLock(file, { command: 'npm test' });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ command: 'npm test', pid: process.pid });
    lock.release();
  });
});

asRoot('the embedded PostgreSQL started by root in a checkout its postgres user cannot enter', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'vendorwatch-'))));
  afterEach(() => rmSync(dir, { recursive: true }));

  it(`runs with its data under ${ROOT_EMBEDDED_HOME}, one process at a time`, async () => {
    const requested = join(dir, 'project/.data/postgres'); // dir is mode 700, owned by root
    const embedded = await startEmbeddedPostgres(requested, { owner: { command: 'npm start', port: 3999 } });
    try {
      expect(embedded.relocatedFrom).toBe(requested);
      expect(embedded.dataDir.startsWith(`${ROOT_EMBEDDED_HOME}/`)).toBe(true);
      const client = new Client({ connectionString: embedded.url });
      await client.connect();
      const { rows } = await client.query<{ setting: string }>(`SELECT current_setting('data_directory') AS setting`);
      await client.end();
      expect(rows[0].setting).toBe(embedded.dataDir);

      const second = startEmbeddedPostgres(requested, { owner: { command: 'npm run seed' } });
      await expect(second).rejects.toBeInstanceOf(EmbeddedDatabaseInUseError);
      await expect(second).rejects.toThrow(`(pid ${process.pid}, serving http://localhost:3999`);
    } finally {
      await embedded.stop();
      rmSync(embedded.dataDir, { recursive: true, force: true });
    }
    expect(existsSync(`${embedded.dataDir}.lock`)).toBe(false);
  });
});
