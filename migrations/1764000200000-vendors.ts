import { MigrationInterface, QueryRunner } from 'typeorm';

export class Vendors1764000200000 implements MigrationInterface {
  name = 'Vendors1764000200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE vendor_summaries (
        id text PRIMARY KEY,
        doc jsonb NOT NULL,
        name text NOT NULL,
        status text NOT NULL
      )`);
    await db.query(`CREATE INDEX vendor_summaries_status ON vendor_summaries (status)`);
    await db.query(`CREATE INDEX vendor_summaries_name ON vendor_summaries (lower(name), id)`);

    // Written in the registering transaction, not by a projection: uniqueness must hold under racing requests.
    await db.query(`
      CREATE TABLE vendor_name_reservations (
        vendor_id text PRIMARY KEY,
        name text NOT NULL,
        reserved_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX vendor_name_reservations_name ON vendor_name_reservations (lower(name))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE vendor_name_reservations`);
    await db.query(`DROP TABLE vendor_summaries`);
  }
}
