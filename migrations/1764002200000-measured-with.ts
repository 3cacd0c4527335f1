import { MigrationInterface, QueryRunner } from 'typeorm';

/** Which revision of an SLA's definition each computed figure was measured with (SPEC §13 `measuredWith`). */
export class MeasuredWith1764002200000 implements MigrationInterface {
  name = 'MeasuredWith1764002200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE computed_sla_measurements ADD COLUMN sla_version integer`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE computed_sla_measurements DROP COLUMN sla_version`);
  }
}
