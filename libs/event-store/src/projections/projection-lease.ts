import { Client } from 'pg';

/** The channel the `events` trigger notifies, with the schema as payload. */
export const EVENTS_CHANNEL = 'vendorwatch_events';

/**
 * Takes a lease (a session advisory lock) on `session` if no other session holds it. The key includes the schema,
 * so several schemas on one server (tests, tenants) never contend. Held until the session ends.
 */
export async function tryLease(session: Client, schema: string, lease: string): Promise<boolean> {
  const { rows } = await session.query<{ ok: boolean }>(`SELECT pg_try_advisory_lock(hashtext($1)) AS ok`, [
    `${schema}:${lease}`,
  ]);
  return rows[0].ok;
}
