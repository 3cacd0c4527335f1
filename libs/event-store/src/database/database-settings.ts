import { ClientConfig } from 'pg';

/** Where the data lives: a PostgreSQL URL and the schema every table is created in. */
export interface DatabaseSettings {
  url: string;
  schema: string;
}

export const DATABASE_SETTINGS = Symbol('DATABASE_SETTINGS');

export function pgClientConfig(settings: DatabaseSettings): ClientConfig {
  return { connectionString: settings.url, options: `-c search_path=${settings.schema}` };
}
