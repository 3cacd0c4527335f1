import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The inline read models behind each context's facts API (ADR 0005), written in the transaction of every append:
 * a vendor's standing, a contract's terms in force, a contract's SLA definitions; which inline projections a
 * database has built; and why a projection is failing.
 */
export class PublishedFacts1764002000000 implements MigrationInterface {
  name = 'PublishedFacts1764002000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE inline_projections (
      name text PRIMARY KEY,
      events_applied bigint NOT NULL,
      built_at timestamptz NOT NULL DEFAULT now()
    )`);
    await db.query(`CREATE TABLE vendor_standing (id text PRIMARY KEY, doc jsonb NOT NULL)`);
    await db.query(`CREATE TABLE contract_terms (id text PRIMARY KEY, doc jsonb NOT NULL, vendor_id text NOT NULL)`);
    await db.query(`CREATE TABLE sla_definitions (
      id text PRIMARY KEY,
      doc jsonb NOT NULL,
      contract_id text NOT NULL,
      status text NOT NULL
    )`);
    await db.query(`CREATE INDEX sla_definitions_contract ON sla_definitions (contract_id, status)`);
    // A failing projection keeps its checkpoint and is retried; health names it and the reason while it fails.
    await db.query(`ALTER TABLE projection_checkpoints
      ADD COLUMN failing_since timestamptz, ADD COLUMN failure text, ADD COLUMN failed_attempts integer NOT NULL DEFAULT 0`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE projection_checkpoints DROP COLUMN failing_since, DROP COLUMN failure, DROP COLUMN failed_attempts`,
    );
    await db.query(`DROP TABLE sla_definitions, contract_terms, vendor_standing, inline_projections`);
  }
}
