import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from './embedded-postgres';
import { assertReachableByPostgresUser } from './postgres-user-access';

// Only root's embedded PostgreSQL runs as another user.
const asRoot = process.getuid?.() === 0 ? describe : describe.skip;

asRoot('assertReachableByPostgresUser (started by root)', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'vendorwatch-')))); // mode 700, owned by root
  afterEach(() => rmSync(dir, { recursive: true }));

  it('refuses, naming the way out, a directory the postgres user cannot enter, before starting anything', async () => {
    expect(() => assertReachableByPostgresUser(join(dir, 'project'))).toThrow(
      `that user cannot enter ${dir}. Allow it (chmod o+x ${dir}), run as another user, or set DATABASE_URL`,
    );
    await expect(startEmbeddedPostgres(join(dir, 'project/.data/postgres'))).rejects.toThrow(`cannot enter ${dir}`);
  });

  it('lets through a directory that others, or the postgres group, may enter', () => {
    chmodSync(dir, 0o711);
    expect(() => assertReachableByPostgresUser(dir)).not.toThrow();
    chmodSync(dir, 0o710);
    chownSync(dir, 0, Number(execFileSync('id', ['-g', 'postgres']).toString()));
    expect(() => assertReachableByPostgresUser(dir)).not.toThrow();
  });
});
