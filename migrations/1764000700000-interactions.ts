import { MigrationInterface, QueryRunner } from 'typeorm';

/** Interaction evidence (ADR 0004: a plain table, not events) and the last computed measurement of each SLA period. */
export class Interactions1764000700000 implements MigrationInterface {
  name = 'Interactions1764000700000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE interactions (
        contract_id uuid NOT NULL,
        external_id text NOT NULL,
        channel text NOT NULL,
        priority text,
        customer_ref text,
        agent_ref text,
        created_at timestamptz NOT NULL,
        first_response_at timestamptz,
        resolved_at timestamptz,
        reopened boolean,
        csat smallint,
        abandoned boolean,
        received_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (contract_id, external_id)
      )`);
    await db.query(`CREATE INDEX interactions_contract_created ON interactions (contract_id, created_at)`);

    await db.query(`
      CREATE TABLE computed_sla_measurements (
        sla_id text NOT NULL,
        period_start date NOT NULL,
        contract_id uuid NOT NULL,
        value numeric NOT NULL,
        sample_size integer NOT NULL,
        provisional boolean NOT NULL,
        settled boolean NOT NULL,
        measured_at timestamptz NOT NULL,
        PRIMARY KEY (sla_id, period_start)
      )`);
    await db.query(
      `CREATE INDEX computed_sla_measurements_unsettled ON computed_sla_measurements (sla_id) WHERE NOT settled`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE computed_sla_measurements`);
    await db.query(`DROP TABLE interactions`);
  }
}
