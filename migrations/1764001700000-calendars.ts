import { MigrationInterface, QueryRunner } from 'typeorm';

/** The calendars context's read model (SPEC §12): one document per calendar. */
export class Calendars1764001700000 implements MigrationInterface {
  name = 'Calendars1764001700000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE calendar_summaries (id text PRIMARY KEY, doc jsonb NOT NULL, name text NOT NULL)`);
    await db.query(`CREATE INDEX calendar_summaries_name ON calendar_summaries (lower(name), id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE calendar_summaries`);
  }
}
