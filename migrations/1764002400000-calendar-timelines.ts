import { MigrationInterface, QueryRunner } from 'typeorm';

/** The calendars context's inline facts (ADR 0005): each calendar's hours and holidays over time, for SLA clocks. */
export class CalendarTimelines1764002400000 implements MigrationInterface {
  name = 'CalendarTimelines1764002400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE calendar_timelines (id text PRIMARY KEY, doc jsonb NOT NULL)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE calendar_timelines`);
  }
}
