import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * SPEC §6 provenance: who sent each interaction and when, its version number, and every earlier version. The
 * current version stays in `interactions`; `interaction_versions` is append-only and receives a version when a
 * re-sent row replaces it, so an ingest of new interactions writes each row once. Records stored before this
 * migration have no known sender (NULL): they count as client staff's, so no vendor user can replace them.
 */
export class InteractionProvenance1764002300000 implements MigrationInterface {
  name = 'InteractionProvenance1764002300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE interactions
        ADD COLUMN version integer NOT NULL DEFAULT 1,
        ADD COLUMN submitted_by text,
        ADD COLUMN submitted_role text,
        ADD COLUMN submitted_at timestamptz`);
    await db.query(`UPDATE interactions SET submitted_at = received_at`);
    await db.query(`
      CREATE TABLE interaction_versions (
        contract_id uuid NOT NULL,
        external_id text COLLATE "C" NOT NULL,
        version integer NOT NULL,
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
        paused_minutes numeric,
        submitted_by text,
        submitted_role text,
        submitted_at timestamptz,
        PRIMARY KEY (contract_id, external_id, version)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE interaction_versions`);
    await db.query(`
      ALTER TABLE interactions
        DROP COLUMN version, DROP COLUMN submitted_by, DROP COLUMN submitted_role, DROP COLUMN submitted_at`);
  }
}
