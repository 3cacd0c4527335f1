import { MigrationInterface, QueryRunner } from 'typeorm';

/** SPEC §6 `pausedMinutes`: minutes a ticket waited on the customer, stored as sent (measurement deducts them). */
export class InteractionPausedMinutes1764001710000 implements MigrationInterface {
  name = 'InteractionPausedMinutes1764001710000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE interactions ADD COLUMN paused_minutes numeric CHECK (paused_minutes >= 0)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE interactions DROP COLUMN paused_minutes`);
  }
}
