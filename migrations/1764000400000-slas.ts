import { MigrationInterface, QueryRunner } from 'typeorm';

export class Slas1764000400000 implements MigrationInterface {
  name = 'Slas1764000400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE sla_summaries (
        id text PRIMARY KEY,
        doc jsonb NOT NULL,
        contract_id text NOT NULL,
        vendor_id text NOT NULL,
        status text NOT NULL,
        defined_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX sla_summaries_contract ON sla_summaries (contract_id, defined_at)`);
    await db.query(`CREATE INDEX sla_summaries_vendor ON sla_summaries (vendor_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE sla_summaries`);
  }
}
