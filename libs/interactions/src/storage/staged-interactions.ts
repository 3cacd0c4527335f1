import { Client } from 'pg';

export interface DuplicateRow {
  row: number;
  externalId: string;
  firstRow: number;
}

export interface UpsertResult {
  inserted: number;
  replaced: number;
  /** The UTC days (`YYYY-MM-DD`) whose interactions changed: new rows, and both old and new days of edited rows. */
  touchedDays: string[];
}

const VALUE_COLUMNS = [
  'channel',
  'priority',
  'customer_ref',
  'agent_ref',
  'created_at',
  'first_response_at',
  'resolved_at',
  'reopened',
  'csat',
  'abandoned',
  'paused_minutes',
];

const UNIQUE_VIOLATION = '23505';

/** The staged rows in the interactions table's columns (external_id, then VALUE_COLUMNS). */
const STAGED_VALUES = `external_id, channel, priority, customer_ref, agent_ref, ${instant('created_ms')} AS created_at,
  ${instant('first_response_ms')} AS first_response_at, ${instant('resolved_ms')} AS resolved_at, reopened, csat, abandoned, paused_minutes`;

/**
 * The common case, interactions never sent before: one plain INSERT, much cheaper than an upsert. A row already
 * stored, or an externalId repeated in the ingest, breaks the primary key: the insert is then undone to its
 * savepoint and false returned, for `removeDuplicates` and `upsertStaged` to take over.
 */
export async function insertIfAllNew(client: Client, contractId: string): Promise<boolean> {
  await client.query('SAVEPOINT all_new');
  try {
    await client.query(
      `INSERT INTO interactions (contract_id, external_id, ${VALUE_COLUMNS.join(', ')}) SELECT $1, ${STAGED_VALUES} FROM interaction_staging`,
      [contractId],
    );
    await client.query('RELEASE SAVEPOINT all_new');
    return true;
  } catch (error) {
    if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
    await client.query('ROLLBACK TO SAVEPOINT all_new');
    return false;
  }
}

/** Keeps the first row of each externalId sent twice in one ingest and returns the later ones. */
export async function removeDuplicates(client: Client): Promise<DuplicateRow[]> {
  const { rows: repeated } = await client.query<{ any: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM interaction_staging GROUP BY external_id HAVING count(*) > 1) AS "any"`,
  );
  if (!repeated[0].any) return [];
  const { rows } = await client.query<DuplicateRow>(`
    DELETE FROM interaction_staging s
    USING (
      SELECT row, min(row) OVER (PARTITION BY external_id) AS first_row FROM interaction_staging
    ) d
    WHERE s.row = d.row AND d.row <> d.first_row
    RETURNING s.row, s.external_id AS "externalId", d.first_row AS "firstRow"`);
  return rows;
}

/**
 * One set-based upsert of the staged rows. A row identical to the stored one is not written at all, so re-sending
 * a file changes nothing and touches no period.
 */
export async function upsertStaged(client: Client, contractId: string): Promise<UpsertResult> {
  const columns = VALUE_COLUMNS.join(', ');
  const { rows } = await client.query<UpsertResult>(
    `WITH staged AS (
       SELECT ${STAGED_VALUES} FROM interaction_staging
     ), moved AS (
       SELECT i.created_at FROM staged s
       JOIN interactions i ON i.contract_id = $1 AND i.external_id = s.external_id
       WHERE i.created_at <> s.created_at
     ), written AS (
       INSERT INTO interactions AS i (contract_id, external_id, ${columns})
       SELECT $1, external_id, ${columns} FROM staged
       ON CONFLICT (contract_id, external_id) DO UPDATE
         SET ${VALUE_COLUMNS.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}, received_at = now()
         WHERE (${VALUE_COLUMNS.map((c) => `i.${c}`).join(', ')}) IS DISTINCT FROM (${VALUE_COLUMNS.map((c) => `EXCLUDED.${c}`).join(', ')})
       RETURNING (xmax = 0) AS inserted, (created_at AT TIME ZONE 'UTC')::date AS day
     ), days AS (
       SELECT day, count(*) FILTER (WHERE inserted) AS inserted, count(*) FILTER (WHERE NOT inserted) AS replaced FROM written GROUP BY day
       UNION ALL
       SELECT (created_at AT TIME ZONE 'UTC')::date, 0, 0 FROM moved
     )
     SELECT coalesce(sum(inserted), 0)::int AS inserted, coalesce(sum(replaced), 0)::int AS replaced,
            coalesce(array_agg(DISTINCT to_char(day, 'YYYY-MM-DD')), '{}') AS "touchedDays"
     FROM days`,
    [contractId],
  );
  return rows[0];
}

function instant(epochMsColumn: string): string {
  return `timestamptz 'epoch' + ${epochMsColumn} * interval '1 millisecond'`;
}
