import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The webhooks context (ADR 0010): the webhooks read model (inline), each webhook's delivery cursor and signing
 * secret, and the log of delivery attempts.
 */
export class Webhooks1764100000000 implements MigrationInterface {
  name = 'Webhooks1764100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE webhooks (
        id text PRIMARY KEY,
        url text NOT NULL,
        description text,
        event_types text[] NOT NULL,
        contract_ids text[],
        vendor_id text,
        status text NOT NULL,
        disabled_reason text,
        registered_at timestamptz NOT NULL,
        version int NOT NULL
      )`);
    await db.query(`CREATE INDEX webhooks_vendor ON webhooks (vendor_id, registered_at)`);
    await db.query(`
      CREATE TABLE webhook_cursors (
        webhook_id text PRIMARY KEY,
        secret text NOT NULL,
        transaction_id xid8 NOT NULL,
        global_position bigint NOT NULL,
        from_position bigint NOT NULL DEFAULT 0,
        generation int NOT NULL DEFAULT 0,
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz,
        failing_since timestamptz,
        leased_by text,
        leased_until timestamptz
      )`);
    await db.query(`
      CREATE TABLE webhook_attempts (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        webhook_id text NOT NULL,
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        event_position bigint NOT NULL,
        attempt int NOT NULL,
        status_code int,
        error text,
        duration_ms int NOT NULL,
        attempted_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX webhook_attempts_webhook ON webhook_attempts (webhook_id, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE webhook_attempts`);
    await db.query(`DROP TABLE webhook_cursors`);
    await db.query(`DROP TABLE webhooks`);
  }
}
