import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort, portIsFree, runNpm, waitForHealth } from '../bench/npm-start';

const MINUTE = 60_000;

/** Every process whose command line names one of `paths` (the clone, the embedded data). */
function processesNaming(paths: string[]): string[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map((pid) => {
      try {
        return `${pid}: ${readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ')}`;
      } catch {
        return '';
      }
    })
    .filter((line) => paths.some((path) => line.includes(path)));
}

function parentOf(pid: number): number {
  return Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
}

/**
 * Issue 20's first hour, as a newcomer lives it: a fresh clone in a `mktemp -d` folder (mode 700: as root, the
 * embedded PostgreSQL's user cannot enter it), `npm ci && npm start` with DATABASE_URL unset, a second start
 * while it runs, then SIGTERM to `npm start`: nothing of the product may remain.
 */
describe('a fresh clone: npm ci && npm start, a second start, SIGTERM', () => {
  const folder = mkdtempSync(join(tmpdir(), 'vendorwatch-clone-'));
  const clone = join(folder, 'vendorwatch');
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development' };
  delete env.DATABASE_URL;
  delete env.DATABASE_SCHEMA;
  let dataDir = '';
  let product: ReturnType<typeof runNpm> | undefined;
  afterAll(async () => {
    product?.child.kill('SIGTERM');
    await product?.exited;
    rmSync(folder, { recursive: true, force: true });
    if (dataDir.startsWith('/var/lib/vendorwatch/')) rmSync(dataDir, { recursive: true, force: true });
  });

  it(
    'starts, refuses a second start naming the first, and stops server and database on SIGTERM',
    async () => {
      execFileSync('git', ['clone', '--quiet', resolve(__dirname, '..'), clone]);
      const ci = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: clone, env, encoding: 'utf8' });
      expect(ci.stderr.includes('ERR!') ? ci.stderr : ci.status).toBe(0);

      const port = await freePort();
      product = runNpm(['start'], clone, { ...env, PORT: String(port) });
      await waitForHealth(port, product, 5 * MINUTE);
      dataDir = /embedded PostgreSQL with its data in (\S+)/.exec(product.output())?.[1] ?? '';
      const databasePort = Number(/127\.0\.0\.1:(\d+)\/vendorwatch/.exec(product.output())?.[1]);
      expect(dataDir).not.toBe('');
      if (process.getuid?.() === 0) expect(dataDir).toMatch(/^\/var\/lib\/vendorwatch\/[0-9a-f]{12}-postgres$/);

      // A second start, and the cli, exit at once naming the running one: its pid and port.
      const second = runNpm(['start'], clone, { ...env, PORT: String(port) });
      expect((await second.exited).code).toBe(1);
      const named =
        /already running on this embedded database: `npm start` \(pid (\d+), serving http:\/\/localhost:(\d+)/.exec(
          second.output(),
        );
      expect(named?.[2]).toBe(String(port));
      expect(parentOf(Number(named?.[1]))).toBe(product.child.pid); // the node process npm start runs
      const help = runNpm(['run', 'cli', '--', '--help'], clone, env);
      expect((await help.exited).code).toBe(0);
      expect(help.output()).toContain('import-interactions <contractId> <file.csv>');
      const cli = runNpm(['run', 'cli', '--', 'projections'], clone, env);
      expect((await cli.exited).code).toBe(1);
      expect(cli.output()).toContain(`(pid ${named?.[1]}, serving http://localhost:${port}`);
      expect(cli.output()).toContain(
        `DATABASE_URL=postgres://postgres:vendorwatch@127.0.0.1:${databasePort}/vendorwatch`,
      );

      product.child.kill('SIGTERM');
      await product.exited;
      expect(processesNaming([clone, dataDir])).toEqual([]);
      expect(await portIsFree(port)).toBe(true);
      expect(await portIsFree(databasePort)).toBe(true);
      expect(product.output()).toContain('SIGTERM: stopping');
      expect(product.output()).not.toMatch(/ERROR/);
      expect(product.output()).toContain('npm run seed');
    },
    15 * MINUTE,
  );
});
