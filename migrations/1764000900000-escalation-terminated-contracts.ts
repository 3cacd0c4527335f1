import { MigrationInterface, QueryRunner } from 'typeorm';

/** Contracts whose escalation rules no longer fire: a terminated contract pages nobody. */
export class EscalationTerminatedContracts1764000900000 implements MigrationInterface {
  name = 'EscalationTerminatedContracts1764000900000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE escalation_trigger_terminated_contracts (contract_id text PRIMARY KEY)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE escalation_trigger_terminated_contracts`);
  }
}
