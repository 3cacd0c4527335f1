import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from './embedded-postgres';

const asRoot = process.getuid?.() === 0 ? it : it.skip;

describe('startEmbeddedPostgres', () => {
  asRoot('refuses, naming the way out, a directory the postgres user it runs as cannot enter', async () => {
    const privateDir = mkdtempSync(join(tmpdir(), 'vendorwatch-')); // mode 700
    try {
      await expect(startEmbeddedPostgres(join(privateDir, 'project/.data/postgres'))).rejects.toThrow(
        `that user cannot enter ${privateDir}. Allow it (chmod o+x ${privateDir}), run as another user, or set DATABASE_URL`,
      );
    } finally {
      rmSync(privateDir, { recursive: true });
    }
  });
});
