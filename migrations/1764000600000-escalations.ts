import { MigrationInterface, QueryRunner } from 'typeorm';

/** Read models of the escalations context and the state of its trigger process (SPEC §9). */
export class Escalations1764000600000 implements MigrationInterface {
  name = 'Escalations1764000600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE escalation_rules (
        id text PRIMARY KEY,
        doc jsonb NOT NULL,
        contract_id text NOT NULL,
        vendor_id text NOT NULL,
        enabled boolean NOT NULL,
        defined_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX escalation_rules_contract ON escalation_rules (contract_id, defined_at)`);
    await db.query(`CREATE INDEX escalation_rules_vendor ON escalation_rules (vendor_id, defined_at)`);

    await db.query(`
      CREATE TABLE escalations (
        id text PRIMARY KEY,
        doc jsonb NOT NULL,
        rule_id text NOT NULL,
        contract_id text NOT NULL,
        vendor_id text NOT NULL,
        status text NOT NULL,
        severity text NOT NULL,
        overdue boolean NOT NULL,
        due_at timestamptz NOT NULL,
        opened_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX escalations_contract ON escalations (contract_id, opened_at DESC)`);
    await db.query(`CREATE INDEX escalations_vendor ON escalations (vendor_id, opened_at DESC)`);
    await db.query(`CREATE INDEX escalations_status ON escalations (status, opened_at DESC)`);
    await db.query(`CREATE INDEX escalations_deadlines ON escalations (due_at) WHERE status = 'open' AND NOT overdue`);

    await db.query(`
      CREATE TABLE escalation_trigger_rules (
        rule_id text PRIMARY KEY,
        contract_id text NOT NULL,
        vendor_id text NOT NULL,
        trigger_type text NOT NULL,
        enabled boolean NOT NULL,
        rule jsonb NOT NULL
      )`);
    await db.query(
      `CREATE INDEX escalation_trigger_rules_contract ON escalation_trigger_rules (contract_id, trigger_type)`,
    );
    await db.query(
      `CREATE INDEX escalation_trigger_rules_vendor ON escalation_trigger_rules (vendor_id, trigger_type)`,
    );

    await db.query(`
      CREATE TABLE escalation_trigger_sla_periods (
        sla_id text NOT NULL,
        period_start timestamptz NOT NULL,
        source text NOT NULL,
        outcome text NOT NULL,
        provisional boolean NOT NULL,
        PRIMARY KEY (sla_id, period_start, source)
      )`);

    await db.query(`
      CREATE TABLE escalation_trigger_qa_reviews (
        review_id text PRIMARY KEY,
        contract_id text NOT NULL,
        score double precision NOT NULL,
        auto_failed boolean NOT NULL,
        submitted_at timestamptz NOT NULL
      )`);
    await db.query(
      `CREATE INDEX escalation_trigger_qa_reviews_window ON escalation_trigger_qa_reviews (contract_id, submitted_at)`,
    );

    await db.query(`
      CREATE TABLE escalation_trigger_open_subjects (
        rule_id text NOT NULL,
        subject text NOT NULL,
        escalation_id text NOT NULL,
        PRIMARY KEY (rule_id, subject)
      )`);
    await db.query(
      `CREATE INDEX escalation_trigger_open_subjects_escalation ON escalation_trigger_open_subjects (escalation_id)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE escalation_trigger_open_subjects`);
    await db.query(`DROP TABLE escalation_trigger_qa_reviews`);
    await db.query(`DROP TABLE escalation_trigger_sla_periods`);
    await db.query(`DROP TABLE escalation_trigger_rules`);
    await db.query(`DROP TABLE escalations`);
    await db.query(`DROP TABLE escalation_rules`);
  }
}
