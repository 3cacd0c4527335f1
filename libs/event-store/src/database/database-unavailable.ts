import { QueryRunnerProviderAlreadyReleasedError } from 'typeorm';

/** PostgreSQL answers that mean "not now" rather than "wrong": timeouts, lock waits, deadlocks, shutdowns, no slots. */
const TRANSIENT_SQLSTATES = new Set([
  '57014', // statement timeout (query_canceled)
  '55P03', // lock timeout
  '40P01', // deadlock detected
  '40001', // serialization failure
  '53300', // too many connections
  '57P01', // admin shutdown
  '57P02', // crash shutdown
  '57P03', // cannot connect now
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND']);
const CLIENT_MESSAGES =
  /Query read timeout|timeout exceeded when trying to connect|Connection terminated|connection timeout|Client has encountered a connection error|Client was closed/i;

/**
 * Whether a thrown value says the database is down, stalled or too busy: the request may succeed if retried, so
 * it answers 503 with `Retry-After`, never a 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let cause = error, depth = 0; cause && typeof cause === 'object' && depth < 4; depth++) {
    const { code, message, driverError } = cause as { code?: unknown; message?: unknown; driverError?: unknown };
    if (typeof code === 'string' && (TRANSIENT_SQLSTATES.has(code) || NETWORK_CODES.has(code))) return true;
    if (typeof message === 'string' && CLIENT_MESSAGES.test(message)) return true;
    // TypeORM releases a transaction's connection when the server drops it (a primary lost mid-transaction).
    if (cause instanceof QueryRunnerProviderAlreadyReleasedError) return true;
    if (cause instanceof AggregateError && cause.errors.some((inner) => isDatabaseUnavailable(inner))) return true;
    cause = driverError ?? (cause as { cause?: unknown }).cause;
  }
  return false;
}
