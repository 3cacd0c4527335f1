import { MigrationInterface, QueryRunner } from 'typeorm';

/** The mail outbox and delivery log (SPEC §14, ADR 0011). Rows stay once done: their keys keep a replay from resending. */
export class Notifications1764110000100 implements MigrationInterface {
  name = 'Notifications1764110000100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE mail_outbox (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        key text NOT NULL UNIQUE,
        topic text NOT NULL,
        reference text NOT NULL,
        recipients text[] NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        context jsonb NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed', 'not_sent')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        last_error text,
        outcomes jsonb NOT NULL DEFAULT '[]',
        created_at timestamptz NOT NULL,
        finished_at timestamptz,
        reported_at timestamptz
      )`);
    await db.query(`CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at, id) WHERE status = 'pending'`);
    await db.query(
      `CREATE INDEX mail_outbox_unreported ON mail_outbox (id) WHERE status <> 'pending' AND reported_at IS NULL`,
    );
    await db.query(`CREATE INDEX mail_outbox_reference ON mail_outbox (topic, reference)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE mail_outbox`);
  }
}
