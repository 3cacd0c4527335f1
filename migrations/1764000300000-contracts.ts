import { MigrationInterface, QueryRunner } from 'typeorm';

export class Contracts1764000300000 implements MigrationInterface {
  name = 'Contracts1764000300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE contract_summaries (
        id text PRIMARY KEY,
        doc jsonb NOT NULL,
        vendor_id text NOT NULL,
        status text NOT NULL,
        drafted_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX contract_summaries_vendor ON contract_summaries (vendor_id, drafted_at)`);
    await db.query(`CREATE INDEX contract_summaries_status ON contract_summaries (status, drafted_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE contract_summaries`);
  }
}
