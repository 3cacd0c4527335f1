import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The durable re-measurement queue of computed SLAs (ADR 0005): a row per (SLA, period) whose evidence or
 * definition changed, written in that change's transaction and removed once measured. QA's own copies of SLA
 * definitions and running periods give way to it.
 */
export class RemeasureQueue1764002100000 implements MigrationInterface {
  name = 'RemeasureQueue1764002100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE sla_remeasure_queue (
      sla_id text NOT NULL,
      period_start date NOT NULL,
      contract_id text NOT NULL,
      requested_at timestamptz NOT NULL DEFAULT now(),
      retry_at timestamptz NOT NULL DEFAULT now(),
      attempts integer NOT NULL DEFAULT 0,
      failure text,
      PRIMARY KEY (sla_id, period_start)
    )`);
    await db.query(`CREATE INDEX sla_remeasure_queue_due ON sla_remeasure_queue (retry_at, contract_id)`);
    await db.query(`ALTER TABLE computed_sla_measurements ALTER COLUMN contract_id TYPE text`);
    // qa_score periods are queued like every other computed SLA's; the reviews' scores stay QA's evidence.
    await db.query(`INSERT INTO sla_remeasure_queue (sla_id, period_start, contract_id)
      SELECT sla_id, period_start::date, (SELECT contract_id FROM qa_score_slas s WHERE s.sla_id = p.sla_id)
      FROM qa_score_sla_provisional p ON CONFLICT DO NOTHING`);
    await db.query(`DROP TABLE qa_score_sla_provisional, qa_score_slas`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE TABLE qa_score_slas (sla_id text PRIMARY KEY, contract_id text NOT NULL, period text NOT NULL)`,
    );
    await db.query(`CREATE TABLE qa_score_sla_provisional (
      sla_id text NOT NULL REFERENCES qa_score_slas ON DELETE CASCADE,
      period_start timestamptz NOT NULL, period_end timestamptz NOT NULL, PRIMARY KEY (sla_id, period_start))`);
    await db.query(`ALTER TABLE computed_sla_measurements ALTER COLUMN contract_id TYPE uuid USING contract_id::uuid`);
    await db.query(`DROP TABLE sla_remeasure_queue`);
  }
}
