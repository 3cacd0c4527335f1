import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The global rate limit's counters, shared by every API process. Unlogged: a counter is worth nothing after a
 * crash, and skipping the WAL keeps the one write per request cheap.
 */
export class RateLimitWindows1764001100000 implements MigrationInterface {
  name = 'RateLimitWindows1764001100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE UNLOGGED TABLE rate_limit_windows (key text PRIMARY KEY, ends_at timestamptz NOT NULL, hits integer NOT NULL)`,
    );
    await db.query(`CREATE INDEX rate_limit_windows_ends_at ON rate_limit_windows (ends_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE rate_limit_windows`);
  }
}
