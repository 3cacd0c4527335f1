import { Client } from 'pg';
import { Sender, VENDOR_ROLE } from '../domain/provenance';

export interface DuplicateRow {
  row: number;
  externalId: string;
  firstRow: number;
}

export interface RefusedRow {
  row: number;
  externalId: string;
}

/** Who sent the staged rows, and when (the product's clock). */
export interface Submission {
  sender: Sender;
  at: Date;
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
] as const;

type ValueColumn = (typeof VALUE_COLUMNS)[number];

const UNIQUE_VIOLATION = '23505';

const TIME_COLUMNS: Partial<Record<ValueColumn, string>> = {
  created_at: 'created_ms',
  first_response_at: 'first_response_ms',
  resolved_at: 'resolved_ms',
};

/** A value column as read from the staging table `alias` (times are staged as epoch ms). */
const staged = (column: ValueColumn, alias = '') => {
  const epochMs = TIME_COLUMNS[column];
  return epochMs ? instant(`${alias}${epochMs}`) : `${alias}${column}`;
};

/** The staged rows in the interactions table's columns (external_id, then VALUE_COLUMNS). */
const STAGED_VALUES = `external_id, ${VALUE_COLUMNS.map((c) => `${staged(c)} AS ${c}`).join(', ')}`;

/** Provenance columns, filled from parameters $2 (user id), $3 (role) and $4 (submitted at). */
const PROVENANCE_COLUMNS = 'submitted_by, submitted_role, submitted_at';
const submissionParams = ({ sender, at }: Submission) => [sender.userId, sender.role, at.toISOString()];

/** `(a.col, …) IS DISTINCT FROM (b.col, …)` over the value columns: the row would change the stored record. */
const differs = (stored: string, sent: (column: ValueColumn) => string) =>
  `(${VALUE_COLUMNS.map((c) => `${stored}.${c}`).join(', ')}) IS DISTINCT FROM (${VALUE_COLUMNS.map(sent).join(', ')})`;

/**
 * Ingests of one contract store one at a time (a lock held until commit), so the provenance check and the
 * version numbers read what the previous ingest committed.
 */
export async function lockContract(client: Client, contractId: string): Promise<void> {
  await client.query(`SELECT pg_advisory_xact_lock(hashtext('interactions:' || $1))`, [contractId]);
}

/**
 * The common case, interactions never sent before: one plain INSERT, much cheaper than an upsert. A row already
 * stored, or an externalId repeated in the ingest, breaks the primary key: the insert is then undone to its
 * savepoint and false returned, for `removeDuplicates` and `upsertStaged` to take over.
 */
export async function insertIfAllNew(client: Client, contractId: string, submission: Submission): Promise<boolean> {
  await client.query('SAVEPOINT all_new');
  try {
    await client.query(
      `INSERT INTO interactions (contract_id, external_id, ${VALUE_COLUMNS.join(', ')}, ${PROVENANCE_COLUMNS})
       SELECT $1, ${STAGED_VALUES}, $2, $3, $4 FROM interaction_staging`,
      [contractId, ...submissionParams(submission)],
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
 * Takes out of the staging table, and returns, the rows that would change a record last sent by client staff
 * (any sender but a vendor, or unknown): a vendor's row may replace only a vendor's record. A row identical to the
 * stored record stays, as unchanged.
 */
export async function removeRowsOverClientRecords(client: Client, contractId: string): Promise<RefusedRow[]> {
  const { rows } = await client.query<RefusedRow>(
    `DELETE FROM interaction_staging s
     USING interactions i
     WHERE i.contract_id = $1 AND i.external_id = s.external_id AND i.submitted_role IS DISTINCT FROM $2
       AND ${differs('i', (c) => staged(c, 's.'))}
     RETURNING s.row, s.external_id AS "externalId"`,
    [contractId, VENDOR_ROLE],
  );
  return rows;
}

/**
 * One set-based upsert of the staged rows. A row identical to the stored one is not written at all, so re-sending
 * a file changes nothing, keeps its sender and touches no period; a row that changes a record first appends the
 * stored version to `interaction_versions` (the statement's snapshot still shows it) and takes the next number.
 */
export async function upsertStaged(client: Client, contractId: string, submission: Submission): Promise<UpsertResult> {
  const columns = VALUE_COLUMNS.join(', ');
  const { rows } = await client.query<UpsertResult>(
    `WITH staged AS (
       SELECT ${STAGED_VALUES} FROM interaction_staging
     ), superseded AS (
       SELECT i.* FROM staged s
       JOIN interactions i ON i.contract_id = $1 AND i.external_id = s.external_id
       WHERE ${differs('i', (c) => `s.${c}`)}
     ), archived AS (
       INSERT INTO interaction_versions (contract_id, external_id, version, ${columns}, ${PROVENANCE_COLUMNS})
       SELECT contract_id, external_id, version, ${columns}, ${PROVENANCE_COLUMNS} FROM superseded
     ), written AS (
       INSERT INTO interactions AS i (contract_id, external_id, ${columns}, ${PROVENANCE_COLUMNS})
       SELECT $1, external_id, ${columns}, $2, $3, $4 FROM staged
       ON CONFLICT (contract_id, external_id) DO UPDATE
         SET ${[...VALUE_COLUMNS, ...PROVENANCE_COLUMNS.split(', ')].map((c) => `${c} = EXCLUDED.${c}`).join(', ')},
             received_at = now(), version = i.version + 1
         WHERE ${differs('i', (c) => `EXCLUDED.${c}`)}
       RETURNING (xmax = 0) AS inserted, (created_at AT TIME ZONE 'UTC')::date AS day
     ), days AS (
       SELECT day, count(*) FILTER (WHERE inserted) AS inserted, count(*) FILTER (WHERE NOT inserted) AS replaced FROM written GROUP BY day
       UNION ALL
       -- the day a replaced record leaves (the same day unless its createdAt moved)
       SELECT (created_at AT TIME ZONE 'UTC')::date, 0, 0 FROM superseded
     )
     SELECT coalesce(sum(inserted), 0)::int AS inserted, coalesce(sum(replaced), 0)::int AS replaced,
            coalesce(array_agg(DISTINCT to_char(day, 'YYYY-MM-DD')), '{}') AS "touchedDays"
     FROM days`,
    [contractId, ...submissionParams(submission)],
  );
  return rows[0];
}

function instant(epochMsColumn: string): string {
  return `timestamptz 'epoch' + ${epochMsColumn} * interval '1 millisecond'`;
}
