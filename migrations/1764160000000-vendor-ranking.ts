import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The vendor ranking's read model (ADR 0016): per vendor, the checklist risk score and grade with the instant the
 * clock makes them stale, the attrition, and the composite without SLA and QA figures, indexed in ranking order; the
 * window's SLA and QA figures are summed per request from the period facts, by their date indexes. `reporting_round` rounds as the API's JavaScript does (`Math.round`, halves up, for the non-negative figures of the ranking), so
 * the composite computed in SQL orders vendors exactly as the one the answer shows. Vendors known before this
 * migration start stale: the refresh job (or the first ranking) evaluates them.
 */
export class VendorRanking1764160000000 implements MigrationInterface {
  name = 'VendorRanking1764160000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE reporting_vendor_ranking (
        vendor_id text PRIMARY KEY,
        name text NOT NULL,
        status text NOT NULL,
        risk_score int NOT NULL,
        grade text NOT NULL,
        attrition_percent float8,
        base_components int NOT NULL,
        base_composite float8 NOT NULL,
        evaluated_at timestamptz NOT NULL,
        stale_at timestamptz
      )`);
    await db.query(`
      CREATE INDEX reporting_vendor_ranking_order ON reporting_vendor_ranking
        (base_components DESC, base_composite DESC, name COLLATE "en-US-x-icu", vendor_id)
      WHERE status NOT IN ('rejected', 'offboarded')`);
    await db.query(`CREATE INDEX reporting_vendor_ranking_stale_at ON reporting_vendor_ranking (stale_at)`);
    await db.query(`CREATE INDEX reporting_vendor_ranking_evaluated_at ON reporting_vendor_ranking (evaluated_at)`);
    await db.query(`
      INSERT INTO reporting_vendor_ranking
        (vendor_id, name, status, risk_score, grade, base_components, base_composite, evaluated_at, stale_at)
      SELECT id, name, status, 0, 'A', 1, 100, '-infinity', '-infinity' FROM reporting_vendor_facts`);
    await db.query(
      `CREATE INDEX reporting_sla_periods_start ON reporting_sla_periods (period_start) WHERE NOT provisional`,
    );
    await db.query(`CREATE INDEX reporting_qa_reviews_occurred_at ON reporting_qa_reviews (occurred_at)`);
    // Math.round(y) = floor(y + 0.49999999999999994) for every y in [0, 2^52): unlike y + 0.5, the sum cannot round
    // up to the next integer when y is just below a half. `value` is used once, so the planner inlines the function.
    await db.query(`
      CREATE FUNCTION reporting_round(value float8, decimals int) RETURNS float8 LANGUAGE sql IMMUTABLE AS $$
        SELECT floor(value * 10::float8 ^ decimals + 0.49999999999999994::float8) / 10::float8 ^ decimals
      $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION reporting_round(float8, int)`);
    await db.query(`DROP INDEX reporting_qa_reviews_occurred_at`);
    await db.query(`DROP INDEX reporting_sla_periods_start`);
    await db.query(`DROP TABLE reporting_vendor_ranking`);
  }
}
