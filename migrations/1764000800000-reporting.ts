import { MigrationInterface, QueryRunner } from 'typeorm';

/** Read models of the reporting context: checklist facts per contract and vendor, and period facts for reports. */
export class Reporting1764000800000 implements MigrationInterface {
  name = 'Reporting1764000800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE TABLE reporting_contract_facts (id text PRIMARY KEY, doc jsonb NOT NULL, vendor_id text NOT NULL, status text NOT NULL)`,
    );
    await db.query(`CREATE INDEX reporting_contract_facts_vendor ON reporting_contract_facts (vendor_id)`);
    await db.query(
      `CREATE TABLE reporting_vendor_facts (id text PRIMARY KEY, doc jsonb NOT NULL, name text NOT NULL, status text NOT NULL)`,
    );

    await db.query(`
      CREATE TABLE reporting_sla_periods (
        sla_id text NOT NULL,
        period_start date NOT NULL,
        period_end date NOT NULL,
        contract_id text NOT NULL,
        vendor_id text NOT NULL,
        outcome text NOT NULL,
        provisional boolean NOT NULL,
        PRIMARY KEY (sla_id, period_start)
      )`);
    await db.query(`CREATE INDEX reporting_sla_periods_vendor ON reporting_sla_periods (vendor_id, period_start)`);
    await db.query(`CREATE INDEX reporting_sla_periods_contract ON reporting_sla_periods (contract_id, period_start)`);

    await db.query(`
      CREATE TABLE reporting_qa_reviews (
        review_id text PRIMARY KEY,
        contract_id text NOT NULL,
        vendor_id text NOT NULL,
        occurred_at timestamptz NOT NULL,
        submitted_at timestamptz NOT NULL,
        score numeric NOT NULL,
        auto_failed boolean NOT NULL
      )`);
    await db.query(`CREATE INDEX reporting_qa_reviews_vendor ON reporting_qa_reviews (vendor_id, occurred_at)`);

    await db.query(`
      CREATE TABLE reporting_escalations (
        escalation_id text PRIMARY KEY,
        contract_id text NOT NULL,
        vendor_id text NOT NULL,
        opened_at timestamptz NOT NULL,
        resolved_at timestamptz
      )`);
    await db.query(`CREATE INDEX reporting_escalations_vendor ON reporting_escalations (vendor_id, opened_at)`);
    await db.query(`CREATE INDEX reporting_escalations_contract ON reporting_escalations (contract_id, opened_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'reporting_escalations',
      'reporting_qa_reviews',
      'reporting_sla_periods',
      'reporting_vendor_facts',
      'reporting_contract_facts',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
