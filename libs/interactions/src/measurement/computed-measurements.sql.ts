import { DataSource, EntityManager } from 'typeorm';
import { ComputedSla } from '../domain/computed-sla';
import { ComputedMeasurement } from '../ports/ingest-ports';

type Runner = DataSource | EntityManager;

/** The last figure computed for each of these periods of an SLA (recorded, or an empty sample kept to watch). */
export async function lastMeasurements(
  runner: Runner,
  slaId: string,
  periodStarts: string[],
): Promise<Map<string, ComputedMeasurement>> {
  const rows: ComputedMeasurement[] = await runner.query(
    `SELECT to_char(period_start, 'YYYY-MM-DD') AS "periodStart", value::float8 AS value, sample_size AS "sampleSize", provisional
     FROM computed_sla_measurements WHERE sla_id = $1 AND period_start = ANY($2::date[])`,
    [slaId, periodStarts],
  );
  return new Map(rows.map((row) => [row.periodStart, row]));
}

export async function rememberMeasurement(
  runner: Runner,
  sla: ComputedSla,
  m: ComputedMeasurement,
  settled: boolean,
  now: Date,
): Promise<void> {
  await runner.query(
    `INSERT INTO computed_sla_measurements (sla_id, period_start, contract_id, value, sample_size, provisional, settled, measured_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (sla_id, period_start) DO UPDATE SET value = EXCLUDED.value, sample_size = EXCLUDED.sample_size,
       provisional = EXCLUDED.provisional, settled = EXCLUDED.settled, measured_at = EXCLUDED.measured_at`,
    [sla.slaId, m.periodStart, sla.contractId, m.value, m.sampleSize, m.provisional, settled, now],
  );
}

/** Periods whose figure may still move with time alone (not ended, or unanswered interactions not yet due). */
export async function unsettledPeriods(runner: Runner, slaId: string): Promise<string[]> {
  const rows: { periodStart: string }[] = await runner.query(
    `SELECT to_char(period_start, 'YYYY-MM-DD') AS "periodStart" FROM computed_sla_measurements WHERE sla_id = $1 AND NOT settled`,
    [slaId],
  );
  return rows.map((row) => row.periodStart);
}

/** The distinct contracts of the interactions table, by a skip scan of its primary key (a few probes per contract). */
export async function contractsWithInteractions(runner: Runner): Promise<string[]> {
  const rows: { contractId: string }[] = await runner.query(
    `WITH RECURSIVE contracts AS (
       (SELECT contract_id FROM interactions ORDER BY contract_id LIMIT 1)
       UNION ALL
       SELECT (SELECT i.contract_id FROM interactions i WHERE i.contract_id > c.contract_id ORDER BY i.contract_id LIMIT 1)
       FROM contracts c WHERE c.contract_id IS NOT NULL
     )
     SELECT contract_id AS "contractId" FROM contracts WHERE contract_id IS NOT NULL`,
  );
  return rows.map((row) => row.contractId);
}

/** The UTC days (`YYYY-MM-DD`) on which the contract's interactions were created. */
export async function interactionDays(runner: Runner, contractId: string): Promise<string[]> {
  const rows: { day: string }[] = await runner.query(
    `SELECT to_char(day, 'YYYY-MM-DD') AS day
     FROM (SELECT DISTINCT (created_at AT TIME ZONE 'UTC')::date AS day FROM interactions WHERE contract_id = $1) days
     ORDER BY day`,
    [contractId],
  );
  return rows.map((row) => row.day);
}
