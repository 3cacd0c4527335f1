import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The write result of an idempotent request, recorded in the transaction of its append: a request that fails or
 * crashes after its append committed is answered with it on retry, never run a second time.
 */
export class IdempotencyAppended1764001200000 implements MigrationInterface {
  name = 'IdempotencyAppended1764001200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE idempotency_keys ADD COLUMN appended jsonb`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE idempotency_keys DROP COLUMN appended`);
  }
}
