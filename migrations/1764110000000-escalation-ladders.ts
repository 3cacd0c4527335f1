import { MigrationInterface, QueryRunner } from 'typeorm';

/** The deadline clock's index of acknowledged escalations that must be resolved by a time (SPEC §9). */
export class EscalationLadders1764110000000 implements MigrationInterface {
  name = 'EscalationLadders1764110000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE escalations ADD COLUMN resolve_by timestamptz`);
    await db.query(
      `CREATE INDEX escalations_resolve_deadlines ON escalations (resolve_by) WHERE status = 'acknowledged' AND NOT overdue`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX escalations_resolve_deadlines`);
    await db.query(`ALTER TABLE escalations DROP COLUMN resolve_by`);
  }
}
