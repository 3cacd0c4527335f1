import { MigrationInterface, QueryRunner } from 'typeorm';

export class EventStore1764000000000 implements MigrationInterface {
  name = 'EventStore1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE events (
        global_position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        stream_id text NOT NULL,
        stream_type text NOT NULL,
        stream_version integer NOT NULL CHECK (stream_version >= 1),
        event_id uuid NOT NULL UNIQUE,
        event_type text NOT NULL,
        schema_version integer NOT NULL DEFAULT 1,
        data jsonb NOT NULL,
        metadata jsonb NOT NULL DEFAULT '{}',
        recorded_at timestamptz NOT NULL DEFAULT now(),
        transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
        UNIQUE (stream_id, stream_version)
      )`);
    await db.query(`CREATE INDEX events_commit_order ON events (transaction_id, global_position)`);
    await db.query(`CREATE INDEX events_type ON events (event_type, global_position)`);
    await db.query(`CREATE INDEX events_stream_type ON events (stream_type, global_position)`);
    await db.query(`CREATE INDEX events_actor ON events ((metadata->>'actorId'), global_position)`);
    await db.query(`CREATE INDEX events_recorded_at ON events (recorded_at)`);

    await db.query(`
      CREATE TABLE snapshots (
        stream_id text PRIMARY KEY,
        stream_type text NOT NULL,
        stream_version integer NOT NULL,
        schema_version integer NOT NULL,
        state jsonb NOT NULL,
        taken_at timestamptz NOT NULL DEFAULT now()
      )`);

    await db.query(`
      CREATE TABLE projection_checkpoints (
        projection text PRIMARY KEY,
        transaction_id xid8 NOT NULL DEFAULT '0',
        global_position bigint NOT NULL DEFAULT 0,
        events_applied bigint NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await db.query(`
      CREATE TABLE idempotency_keys (
        user_key text NOT NULL,
        idempotency_key text NOT NULL,
        request_hash text NOT NULL,
        status_code integer,
        response jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_key, idempotency_key)
      )`);
    await db.query(`CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE idempotency_keys`);
    await db.query(`DROP TABLE projection_checkpoints`);
    await db.query(`DROP TABLE snapshots`);
    await db.query(`DROP TABLE events`);
  }
}
