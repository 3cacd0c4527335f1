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
 * The staged rows' stored records: their key says in which month's partition each lies. A re-send that moves
 * createdAt to another month moves the record to that month's partition.
 */
const STORED = `(SELECT i.* FROM interaction_keys k
   JOIN interactions i ON i.contract_id = k.contract_id AND i.created_at = k.created_at AND i.external_id = k.external_id
   WHERE k.contract_id = $1 AND k.external_id IN (SELECT external_id FROM interaction_staging))`;

const day = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD')`;

/**
 * Ingests of one contract store one at a time (a lock held until commit), so the provenance check and the
 * version numbers read what the previous ingest committed.
 */
export async function lockContract(client: Client, contractId: string): Promise<void> {
  await client.query(`SELECT pg_advisory_xact_lock(hashtext('interactions:' || $1))`, [contractId]);
}

/**
 * The common case, interactions never sent before: plain INSERTs, much cheaper than an upsert. A row already
 * stored, or an externalId repeated in the ingest, breaks the key table's primary key: the inserts are then undone
 * to their savepoint and false returned, for `removeDuplicates` and `upsertStaged` to take over.
 */
export async function insertIfAllNew(client: Client, contractId: string, submission: Submission): Promise<boolean> {
  await client.query('SAVEPOINT all_new');
  try {
    await client.query(
      `INSERT INTO interaction_keys (contract_id, external_id, created_at)
       SELECT $1, external_id, ${staged('created_at')} FROM interaction_staging`,
      [contractId],
    );
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
     USING ${STORED} i
     WHERE i.external_id = s.external_id AND i.submitted_role IS DISTINCT FROM $2
       AND ${differs('i', (c) => staged(c, 's.'))}
     RETURNING s.row, s.external_id AS "externalId"`,
    [contractId, VENDOR_ROLE],
  );
  return rows;
}

/**
 * The set-based upsert of the staged rows, in statements under the contract's lock. A row identical to the stored
 * one is not written at all, so re-sending a file changes nothing, keeps its sender and touches no period; a row
 * that changes a record first appends the stored version to `interaction_versions` and takes the next number.
 */
export async function upsertStaged(client: Client, contractId: string, submission: Submission): Promise<UpsertResult> {
  const columns = VALUE_COLUMNS.join(', ');
  const { rows: superseded } = await client.query<{ day: string }>(
    `WITH superseded AS (
       SELECT i.* FROM ${STORED} i JOIN interaction_staging s USING (external_id)
       WHERE ${differs('i', (c) => staged(c, 's.'))}
     ), archived AS (
       INSERT INTO interaction_versions (contract_id, external_id, version, ${columns}, ${PROVENANCE_COLUMNS})
       SELECT contract_id, external_id, version, ${columns}, ${PROVENANCE_COLUMNS} FROM superseded
     )
     SELECT ${day('created_at')} AS day FROM superseded`,
    [contractId],
  );
  const params = [contractId, ...submissionParams(submission)];
  const replaced = await client.query<{ day: string }>(
    `UPDATE interactions i
     SET ${VALUE_COLUMNS.map((c) => `${c} = ${staged(c, 's.')}`).join(', ')},
         submitted_by = $2, submitted_role = $3, submitted_at = $4, received_at = now(), version = i.version + 1
     FROM interaction_keys k, interaction_staging s
     WHERE k.contract_id = $1 AND k.external_id = s.external_id
       AND i.contract_id = $1 AND i.created_at = k.created_at AND i.external_id = k.external_id
       AND ${differs('i', (c) => staged(c, 's.'))}
     RETURNING ${day('i.created_at')} AS day`,
    params,
  );
  await client.query(
    `UPDATE interaction_keys k SET created_at = ${staged('created_at', 's.')} FROM interaction_staging s
     WHERE k.contract_id = $1 AND k.external_id = s.external_id AND k.created_at <> ${staged('created_at', 's.')}`,
    [contractId],
  );
  const inserted = await client.query<{ day: string }>(
    `WITH added AS (
       INSERT INTO interaction_keys (contract_id, external_id, created_at)
       SELECT $1, external_id, ${staged('created_at')} FROM interaction_staging
       ON CONFLICT (contract_id, external_id) DO NOTHING
       RETURNING external_id
     )
     INSERT INTO interactions (contract_id, external_id, ${columns}, ${PROVENANCE_COLUMNS})
     SELECT $1, ${STAGED_VALUES}, $2, $3, $4 FROM interaction_staging WHERE external_id IN (SELECT external_id FROM added)
     RETURNING ${day('created_at')} AS day`,
    params,
  );
  const days = [...superseded, ...replaced.rows, ...inserted.rows].map((row) => row.day);
  return { inserted: inserted.rowCount ?? 0, replaced: replaced.rowCount ?? 0, touchedDays: [...new Set(days)].sort() };
}

function instant(epochMsColumn: string): string {
  return `timestamptz 'epoch' + ${epochMsColumn} * interval '1 millisecond'`;
}
