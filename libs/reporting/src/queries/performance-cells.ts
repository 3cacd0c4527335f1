import { queryRows } from '@vendorwatch/event-store';
import { DataSource } from 'typeorm';
import { PerformanceCell } from '../domain/reports/performance';

export type CellScope = { vendorId: string } | { all: true };

type CellRow = PerformanceCell & { vendorId: string };

/**
 * The month-by-contract facts of a period [from, to] (dates, inclusive): final SLA periods by `periodStart`,
 * QA reviews by when the interaction occurred (as `GET /contracts/:id/qa-summary` filters), escalations by opening.
 */
export async function performanceCells(db: DataSource, scope: CellScope, from: string, to: string): Promise<CellRow[]> {
  const vendorFilter = 'vendorId' in scope ? 'AND vendor_id = $3' : '';
  const params = 'vendorId' in scope ? [from, to, scope.vendorId] : [from, to];
  return queryRows<CellRow>(
    db,
    `WITH sla AS (
       SELECT vendor_id, contract_id, to_char(period_start, 'YYYY-MM') AS month,
              count(*) FILTER (WHERE outcome = 'met')::int AS met, count(*) FILTER (WHERE outcome = 'breached')::int AS breached
       FROM reporting_sla_periods
       WHERE NOT provisional AND period_start BETWEEN $1::date AND $2::date ${vendorFilter}
       GROUP BY 1, 2, 3
     ), qa AS (
       SELECT vendor_id, contract_id, to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month,
              count(*)::int AS reviews, sum(score)::float AS score_sum, count(*) FILTER (WHERE auto_failed)::int AS auto_fails
       FROM reporting_qa_reviews
       WHERE occurred_at >= $1::date AND occurred_at < $2::date + 1 ${vendorFilter}
       GROUP BY 1, 2, 3
     ), esc AS (
       SELECT vendor_id, contract_id, to_char(opened_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, count(*)::int AS opened
       FROM reporting_escalations
       WHERE opened_at >= $1::date AND opened_at < $2::date + 1 ${vendorFilter}
       GROUP BY 1, 2, 3
     )
     SELECT vendor_id AS "vendorId", contract_id AS "contractId", month,
            coalesce(sla.met, 0) AS "slaPeriodsMet", coalesce(sla.breached, 0) AS "slaPeriodsBreached",
            coalesce(qa.reviews, 0) AS "qaReviews", coalesce(qa.score_sum, 0) AS "qaScoreSum", coalesce(qa.auto_fails, 0) AS "qaAutoFails",
            coalesce(esc.opened, 0) AS "escalationsOpened"
     FROM sla FULL JOIN qa USING (vendor_id, contract_id, month) FULL JOIN esc USING (vendor_id, contract_id, month)`,
    params,
  );
}

interface OpenEscalationsRow {
  contractId: string;
  open: number;
}

/** Escalations not yet resolved, per contract of the vendor. */
export async function openEscalations(db: DataSource, vendorId: string): Promise<Map<string, number>> {
  const rows = await queryRows<OpenEscalationsRow>(
    db,
    `SELECT contract_id AS "contractId", count(*)::int AS open FROM reporting_escalations WHERE vendor_id = $1 AND resolved_at IS NULL GROUP BY 1`,
    [vendorId],
  );
  return new Map(rows.map((r) => [r.contractId, r.open]));
}
