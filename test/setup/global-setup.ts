import { startEmbeddedPostgres } from '../../libs/event-store/src/database/embedded-postgres';

/**
 * Tests run on a real PostgreSQL: `DATABASE_URL` when set, otherwise an embedded server under `.data/`,
 * started once here and shared by the test files (each of which works in a schema of its own).
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    console.log(`\nTests use DATABASE_URL (${new URL(process.env.DATABASE_URL).host}).`);
    return;
  }
  const embedded = await startEmbeddedPostgres('.data/test-postgres', { owner: { command: 'npm test' } });
  process.env.DATABASE_URL = embedded.url;
  (globalThis as { embeddedPostgres?: { stop(): Promise<void> } }).embeddedPostgres = embedded;
  console.log('\nTests use an embedded PostgreSQL (DATABASE_URL unset).');
}
