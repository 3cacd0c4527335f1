import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Identity: users (credentials are state, not events: a password hash never enters the append-only log) and the
 * login attempts and lockouts that throttle password guessing across every API process.
 */
export class Identity1764000100000 implements MigrationInterface {
  name = 'Identity1764000100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY,
        email text NOT NULL UNIQUE CHECK (email = lower(email)),
        password_hash text NOT NULL,
        roles text[] NOT NULL CHECK (cardinality(roles) >= 1),
        vendor_id uuid,
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
        created_at timestamptz NOT NULL,
        disabled_at timestamptz
      )`);
    await db.query(`CREATE INDEX users_roles ON users USING gin (roles)`);
    await db.query(`CREATE INDEX users_created_at ON users (created_at, id)`);

    await db.query(`
      CREATE TABLE login_attempts (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        email_key text NOT NULL,
        attempted_at timestamptz NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('pending', 'failed'))
      )`);
    await db.query(`CREATE INDEX login_attempts_email ON login_attempts (email_key, attempted_at)`);
    await db.query(`CREATE INDEX login_attempts_attempted_at ON login_attempts (attempted_at)`);

    await db.query(`
      CREATE TABLE login_lockouts (
        email_key text PRIMARY KEY,
        locked_until timestamptz NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE login_lockouts`);
    await db.query(`DROP TABLE login_attempts`);
    await db.query(`DROP TABLE users`);
  }
}
