import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { DatabaseSettings, dataSourceOptions, migrate, startEmbeddedPostgres } from '@vendorwatch/event-store';
import { migrations } from '../migrations';

export interface BenchDatabase {
  settings: DatabaseSettings;
  db: DataSource;
  serverVersion: string;
  close(): Promise<void>;
}

/** A fresh, migrated schema on DATABASE_URL (or an embedded server under .data/bench-postgres), dropped by close(). */
export async function openBenchDatabase(): Promise<BenchDatabase> {
  const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres('.data/bench-postgres');
  const url = process.env.DATABASE_URL ?? embedded!.url;
  const settings = { url, schema: `bench_${randomBytes(4).toString('hex')}` };
  await migrate(settings, migrations);
  const db = new DataSource(dataSourceOptions(settings));
  await db.initialize();
  const [{ server_version }] = await db.query(`SHOW server_version`);
  return {
    settings,
    db,
    serverVersion: server_version,
    close: async () => {
      await db.destroy();
      const admin = new Client({ connectionString: url });
      await admin.connect();
      await admin.query(`DROP SCHEMA "${settings.schema}" CASCADE`);
      await admin.end();
      await embedded?.stop();
    },
  };
}
