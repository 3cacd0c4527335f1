import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Interactions partitioned by UTC month of `created_at` (SPEC §16, ADR 0015). A unique index of a partitioned table
 * must hold the partition key, so the idempotent key (contract_id, external_id) lives in `interaction_keys`,
 * which also says in which month a record is stored; the partitions keep only the (contract_id, created_at) index
 * every measurement scans (the key table's uniqueness makes a second unique index there pure cost).
 * `create_interaction_partitions(from, to)` creates the missing months between two instants (the worker's job ahead
 * of time, every ingest for its own months), each as an empty table attached to the parent, which locks readers out
 * of nothing. A row written outside those months (by SQL beside the ingest) lands
 * in `interactions_default` and moves into its month's partition when that is created.
 */
export class InteractionPartitions1764150000000 implements MigrationInterface {
  name = 'InteractionPartitions1764150000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE interactions RENAME TO interactions_unpartitioned`);
    await db.query(
      `ALTER TABLE interactions_unpartitioned RENAME CONSTRAINT interactions_pkey TO interactions_unpartitioned_pkey`,
    );
    await db.query(`
      CREATE TABLE interactions (LIKE interactions_unpartitioned INCLUDING DEFAULTS INCLUDING CONSTRAINTS)
      PARTITION BY RANGE (created_at)`);
    await db.query(`CREATE TABLE interactions_default PARTITION OF interactions DEFAULT`);
    await db.query(`
      CREATE TABLE interaction_keys (
        contract_id uuid NOT NULL,
        external_id text COLLATE "C" NOT NULL,
        created_at timestamptz NOT NULL,
        PRIMARY KEY (contract_id, external_id)
      )`);
    await db.query(`
      CREATE FUNCTION create_interaction_partitions(first_at timestamptz, last_at timestamptz) RETURNS integer
      LANGUAGE plpgsql AS $$
      DECLARE
        month timestamp;
        partition text;
        created integer := 0;
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtext('interaction-partitions'));
        FOR month IN
          SELECT generate_series(date_trunc('month', first_at AT TIME ZONE 'UTC'),
                                 date_trunc('month', last_at AT TIME ZONE 'UTC'), interval '1 month')
        LOOP
          partition := 'interactions_' || to_char(month, 'YYYY_MM');
          CONTINUE WHEN to_regclass(partition) IS NOT NULL;
          EXECUTE format('CREATE TABLE %I (LIKE interactions INCLUDING DEFAULTS INCLUDING CONSTRAINTS)', partition);
          EXECUTE format('WITH moved AS (DELETE FROM interactions_default WHERE created_at >= %L AND created_at < %L
            RETURNING *) INSERT INTO %I SELECT * FROM moved', month AT TIME ZONE 'UTC',
            (month + interval '1 month') AT TIME ZONE 'UTC', partition);
          EXECUTE format('ALTER TABLE interactions ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)', partition,
            month AT TIME ZONE 'UTC', (month + interval '1 month') AT TIME ZONE 'UTC');
          created := created + 1;
        END LOOP;
        RETURN created;
      END $$`);
    await db.query(`
      SELECT create_interaction_partitions(min(created_at), max(created_at)) FROM interactions_unpartitioned
      HAVING count(*) > 0`);
    await db.query(`INSERT INTO interactions SELECT * FROM interactions_unpartitioned`);
    await db.query(`
      INSERT INTO interaction_keys (contract_id, external_id, created_at)
      SELECT contract_id, external_id, created_at FROM interactions_unpartitioned`);
    await db.query(`DROP TABLE interactions_unpartitioned`);
    await db.query(`CREATE INDEX interactions_contract_created ON interactions (contract_id, created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE interactions RENAME TO interactions_partitioned`);
    await db.query(
      `CREATE TABLE interactions (LIKE interactions_partitioned INCLUDING DEFAULTS INCLUDING CONSTRAINTS)`,
    );
    await db.query(`INSERT INTO interactions SELECT * FROM interactions_partitioned`);
    await db.query(`DROP TABLE interactions_partitioned`);
    await db.query(`ALTER TABLE interactions ADD PRIMARY KEY (contract_id, external_id)`);
    await db.query(`CREATE INDEX interactions_contract_created ON interactions (contract_id, created_at)`);
    await db.query(`DROP TABLE interaction_keys`);
    await db.query(`DROP FUNCTION create_interaction_partitions`);
  }
}
