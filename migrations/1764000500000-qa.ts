import { MigrationInterface, QueryRunner } from 'typeorm';

/** Read models of the QA context (libs/qa). */
export class Qa1764000500000 implements MigrationInterface {
  name = 'Qa1764000500000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE qa_contract_facts (id text PRIMARY KEY, doc jsonb NOT NULL, vendor_id text NOT NULL)`);
    await db.query(`CREATE TABLE qa_scorecards (id text PRIMARY KEY, doc jsonb NOT NULL, name text NOT NULL)`);
    await db.query(`CREATE INDEX qa_scorecards_name ON qa_scorecards (lower(name), id)`);
    await db.query(`
      CREATE TABLE qa_reviews (
        id text PRIMARY KEY,
        doc jsonb NOT NULL,
        contract_id text NOT NULL,
        vendor_id text NOT NULL,
        agent_ref text NOT NULL,
        status text NOT NULL,
        occurred_at timestamptz NOT NULL,
        submitted_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX qa_reviews_contract ON qa_reviews (contract_id, occurred_at)`);
    await db.query(`CREATE INDEX qa_reviews_vendor ON qa_reviews (vendor_id, submitted_at)`);
    await db.query(`CREATE INDEX qa_reviews_listing ON qa_reviews (submitted_at DESC, id)`);

    // State of the qa_score SLA process manager, kept in its own event order (not the read models above).
    await db.query(
      `CREATE TABLE qa_score_slas (sla_id text PRIMARY KEY, contract_id text NOT NULL, period text NOT NULL)`,
    );
    await db.query(`CREATE INDEX qa_score_slas_contract ON qa_score_slas (contract_id)`);
    await db.query(`
      CREATE TABLE qa_score_sla_reviews (
        review_id text PRIMARY KEY,
        contract_id text NOT NULL,
        occurred_at timestamptz NOT NULL,
        score double precision NOT NULL
      )`);
    await db.query(`CREATE INDEX qa_score_sla_reviews_contract ON qa_score_sla_reviews (contract_id, occurred_at)`);
    await db.query(`
      CREATE TABLE qa_score_sla_provisional (
        sla_id text NOT NULL REFERENCES qa_score_slas ON DELETE CASCADE,
        period_start timestamptz NOT NULL,
        period_end timestamptz NOT NULL,
        PRIMARY KEY (sla_id, period_start)
      )`);
    await db.query(`CREATE INDEX qa_score_sla_provisional_due ON qa_score_sla_provisional (period_end)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE qa_score_sla_provisional`);
    await db.query(`DROP TABLE qa_score_sla_reviews`);
    await db.query(`DROP TABLE qa_score_slas`);
    await db.query(`DROP TABLE qa_reviews`);
    await db.query(`DROP TABLE qa_scorecards`);
    await db.query(`DROP TABLE qa_contract_facts`);
  }
}
