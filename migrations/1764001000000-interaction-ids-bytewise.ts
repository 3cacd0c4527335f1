import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * External ids compared byte by byte (collation "C"): they are opaque keys, never sorted for people, and the
 * primary key's index grows fastest without locale-aware comparison (a bulk ingest is mostly index inserts).
 */
export class InteractionIdsBytewise1764001000000 implements MigrationInterface {
  name = 'InteractionIdsBytewise1764001000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE interactions ALTER COLUMN external_id TYPE text COLLATE "C"`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE interactions ALTER COLUMN external_id TYPE text COLLATE "default"`);
  }
}
