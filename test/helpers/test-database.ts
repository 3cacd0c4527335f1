import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { DatabaseSettings, dataSourceOptions, migrate } from '@vendorwatch/event-store';
import { migrations } from '../../migrations';

/** A schema of its own for one test file, migrated, on the tests' PostgreSQL; dropped by `drop()`. */
export async function createTestDatabase(
  url = process.env.DATABASE_URL,
): Promise<DatabaseSettings & { drop(): Promise<void> }> {
  if (!url) throw new Error('DATABASE_URL is not set: run the tests through jest (its global setup provides one).');
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const settings = { url, schema };
  await migrate(settings, migrations);
  return {
    ...settings,
    drop: async () => {
      const client = new Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    },
  };
}

/** A TypeORM data source on a test schema, for tests that use the store without the HTTP app. */
export async function openDataSource(settings: DatabaseSettings): Promise<DataSource> {
  const source = new DataSource(dataSourceOptions(settings));
  await source.initialize();
  return source;
}
