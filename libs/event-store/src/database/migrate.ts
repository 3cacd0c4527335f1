import { Client } from 'pg';
import { DataSource, DataSourceOptions } from 'typeorm';
import { BULK_LIMITS, DatabaseSettings, pgClientConfig, SessionLimits } from './database-settings';

export function dataSourceOptions(
  settings: DatabaseSettings,
  migrations: DataSourceOptions['migrations'] = [],
  limits?: SessionLimits,
): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    schema: settings.schema,
    migrations,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    extra: { ...pgClientConfig(settings, limits), max: 20 },
  };
}

export async function ensureSchema(settings: DatabaseSettings): Promise<void> {
  await withMigrationLock(settings, () => Promise.resolve());
}

/**
 * Runs `work` while holding this schema's migration lock (a session advisory lock), after creating the schema: an
 * API and a worker starting together on an empty database would otherwise both create it and run the same
 * migrations, and one of them fail. The second waits, then finds nothing left to do.
 */
async function withMigrationLock<T>(settings: DatabaseSettings, work: () => Promise<T>): Promise<T> {
  const client = new Client({ ...pgClientConfig(settings, BULK_LIMITS, 'migrate'), options: undefined });
  await client.connect();
  try {
    await client.query(`SELECT pg_advisory_lock(hashtext('vendorwatch:migrate'), hashtext($1))`, [settings.schema]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${settings.schema}"`);
    return await work();
  } finally {
    await client.end();
  }
}

/** Creates the schema if needed and applies every pending migration, in order, one process at a time. */
export async function migrate(
  settings: DatabaseSettings,
  migrations: DataSourceOptions['migrations'],
): Promise<string[]> {
  return withMigrationLock(settings, async () => {
    const source = new DataSource(dataSourceOptions(settings, migrations, BULK_LIMITS));
    await source.initialize();
    try {
      const applied = await source.runMigrations({ transaction: 'each' });
      return applied.map((m) => m.name);
    } finally {
      await source.destroy();
    }
  });
}

export function assertSchemaName(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema))
    throw new Error(`DATABASE_SCHEMA "${schema}" is not a valid schema name.`);
  return schema;
}
