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
  const client = new Client({ connectionString: settings.url });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${settings.schema}"`);
  } finally {
    await client.end();
  }
}

/** Creates the schema if needed and applies every pending migration, in order. */
export async function migrate(
  settings: DatabaseSettings,
  migrations: DataSourceOptions['migrations'],
): Promise<string[]> {
  await ensureSchema(settings);
  const source = new DataSource(dataSourceOptions(settings, migrations, BULK_LIMITS));
  await source.initialize();
  try {
    const applied = await source.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await source.destroy();
  }
}

export function assertSchemaName(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema))
    throw new Error(`DATABASE_SCHEMA "${schema}" is not a valid schema name.`);
  return schema;
}
