import { ClientConfig } from 'pg';

/** Where the data lives: a PostgreSQL URL and the schema every table is created in. */
export interface DatabaseSettings {
  url: string;
  schema: string;
}

export const DATABASE_SETTINGS = Symbol('DATABASE_SETTINGS');

/**
 * Every session's settings: the schema, and no JIT compilation. The product's queries are short and index-driven,
 * but PostgreSQL's estimates for some (the health check's lag count) pass `jit_above_cost`; on a server built with
 * LLVM, compiling them then costs far more than running them (about 60 ms instead of 2 ms per `GET /health`).
 */
export function sessionOptions(settings: DatabaseSettings): string {
  return `-c search_path=${settings.schema} -c jit=off`;
}

export function pgClientConfig(settings: DatabaseSettings): ClientConfig {
  return { connectionString: settings.url, options: sessionOptions(settings) };
}
