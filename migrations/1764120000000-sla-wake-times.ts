import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When time alone next changes each computed figure (an unanswered record comes due, the running period reaches
 * its half or ends): the minutely pass queues the rows whose instant has passed, from this index, instead of every
 * running period, nor every unsettled one (ADR 0012). Rows measured before it are woken once to compute theirs.
 */
export class SlaWakeTimes1764120000000 implements MigrationInterface {
  name = 'SlaWakeTimes1764120000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE computed_sla_measurements ADD COLUMN wake_at timestamptz`);
    await db.query(`UPDATE computed_sla_measurements SET wake_at = now() WHERE provisional OR NOT settled`);
    await db.query(
      `CREATE INDEX computed_sla_measurements_wake_at ON computed_sla_measurements (wake_at) WHERE wake_at IS NOT NULL`,
    );
    await db.query(`ALTER TABLE computed_sla_measurements DROP COLUMN settled`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE computed_sla_measurements ADD COLUMN settled boolean NOT NULL DEFAULT false`);
    await db.query(
      `CREATE INDEX computed_sla_measurements_unsettled ON computed_sla_measurements (sla_id) WHERE NOT settled`,
    );
    await db.query(`ALTER TABLE computed_sla_measurements DROP COLUMN wake_at`);
  }
}
