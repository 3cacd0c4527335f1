import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import {
  DatabaseSettings,
  dataSourceOptions,
  EmbeddedPostgres,
  migrate,
  queryRow,
  startEmbeddedPostgres,
} from '@vendorwatch/event-store';
import { migrations } from '../migrations';

export interface BenchDatabase {
  settings: DatabaseSettings;
  db: DataSource;
  serverVersion: string;
  close(): Promise<void>;
}

interface ServerVersionRow {
  server_version: string;
}

let embedded: Promise<EmbeddedPostgres> | undefined;

/** The server the benches share: DATABASE_URL, or one embedded server under .data/bench-postgres for the whole run. */
async function serverUrl(): Promise<string> {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  embedded ??= startEmbeddedPostgres('.data/bench-postgres', { owner: { command: 'npm run bench' } });
  return (await embedded).url;
}

export async function stopBenchServer(): Promise<void> {
  await (await embedded)?.stop();
  embedded = undefined;
}

/** A fresh, migrated schema on the bench server, dropped by close(). */
export async function openBenchDatabase(): Promise<BenchDatabase> {
  const url = await serverUrl();
  const settings = { url, schema: `bench_${randomBytes(4).toString('hex')}` };
  await migrate(settings, migrations);
  const db = new DataSource(dataSourceOptions(settings));
  await db.initialize();
  const row = await queryRow<ServerVersionRow>(db, `SHOW server_version`);
  return {
    settings,
    db,
    serverVersion: row?.server_version ?? 'unknown',
    close: async () => {
      await db.destroy();
      const admin = new Client({ connectionString: url });
      await admin.connect();
      await admin.query(`DROP SCHEMA "${settings.schema}" CASCADE`);
      await admin.end();
    },
  };
}
