import { ClientConfig } from 'pg';

/** Where the data lives: a PostgreSQL URL and the schema every table is created in. */
export interface DatabaseSettings {
  url: string;
  schema: string;
  /** A streaming replica of `url` that report and list queries read (`DATABASE_REPLICA_URL`, SPEC §16). */
  replicaUrl?: string;
}

export const DATABASE_SETTINGS = Symbol('DATABASE_SETTINGS');

/**
 * How long one statement of a request may run before PostgreSQL cancels it, and how long the client waits for an
 * answer at all (a stalled server cancels nothing): a request then answers 503 with `Retry-After` within 10 s.
 */
export const STATEMENT_TIMEOUT_MS = 7_000;
export const QUERY_TIMEOUT_MS = 8_000;
/** Bulk sessions (an ingest's set-based write, a rebuild) run longer statements, still bounded. */
export const BULK_STATEMENT_TIMEOUT_MS = 10 * 60_000;
export const CONNECT_TIMEOUT_MS = 5_000;
const LOCK_TIMEOUT_MS = 5_000;
/** A transaction left open by a crashed or stuck caller would hold back every projection (they read below it). */
const IDLE_IN_TRANSACTION_TIMEOUT_MS = 60_000;

export interface SessionLimits {
  statementTimeoutMs: number;
  lockTimeoutMs: number;
}

const REQUEST_LIMITS: SessionLimits = { statementTimeoutMs: STATEMENT_TIMEOUT_MS, lockTimeoutMs: LOCK_TIMEOUT_MS };
export const BULK_LIMITS: SessionLimits = {
  statementTimeoutMs: BULK_STATEMENT_TIMEOUT_MS,
  lockTimeoutMs: BULK_STATEMENT_TIMEOUT_MS,
};

/**
 * Every session's settings: the schema, its name in `pg_stat_activity`, statement, lock and idle-in-transaction
 * timeouts, and no JIT compilation. The product's queries are short and index-driven, but PostgreSQL's estimates
 * for some (the health check's lag count) pass `jit_above_cost`; on a server built with LLVM, compiling them then
 * costs far more than running them (about 60 ms instead of 2 ms per `GET /health`).
 */
export function sessionOptions(settings: DatabaseSettings, limits: SessionLimits = REQUEST_LIMITS): string {
  return [
    `-c search_path=${settings.schema}`,
    '-c jit=off',
    `-c statement_timeout=${limits.statementTimeoutMs}`,
    `-c lock_timeout=${limits.lockTimeoutMs}`,
    `-c idle_in_transaction_session_timeout=${IDLE_IN_TRANSACTION_TIMEOUT_MS}`,
  ].join(' ');
}

/** The session name that tells this app's connections (per schema, and what for) apart in `pg_stat_activity`. */
export function applicationName(settings: DatabaseSettings, purpose = 'pool'): string {
  return `vendorwatch/${settings.schema}/${purpose}`.slice(0, 63);
}

/** A session of its own (outside the pool), with the same limits; the client gives up a little after the server would. */
export function pgClientConfig(
  settings: DatabaseSettings,
  limits: SessionLimits = REQUEST_LIMITS,
  purpose?: string,
): ClientConfig {
  return {
    connectionString: settings.url,
    options: sessionOptions(settings, limits),
    application_name: applicationName(settings, purpose),
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    query_timeout: limits.statementTimeoutMs + (QUERY_TIMEOUT_MS - STATEMENT_TIMEOUT_MS),
  };
}
