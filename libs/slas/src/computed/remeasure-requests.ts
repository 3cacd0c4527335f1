import { Injectable } from '@nestjs/common';
import { ComputedMetric } from '../domain/computed-sla';

/** Whatever runs SQL in the caller's transaction: a TypeORM manager or a pg client. */
export interface SqlRunner {
  query(sql: string, parameters: unknown[]): Promise<unknown>;
}

/**
 * Records which (SLA, period) pairs must be measured again, in the transaction that changed their evidence or
 * definition, so no change is ever left unmeasured: the computed-measurements drain measures them, retrying until
 * done, across restarts (ADR 0005). Requests are idempotent.
 */
@Injectable()
export class RemeasureRequests {
  /** The periods holding these UTC days, for every active SLA of the contract computed from these metrics. */
  async forDays(
    runner: SqlRunner,
    contractId: string,
    days: readonly string[],
    metrics: readonly ComputedMetric[],
  ): Promise<void> {
    if (days.length === 0) return;
    await runner.query(
      `INSERT INTO sla_remeasure_queue (sla_id, contract_id, period_start)
       SELECT DISTINCT d.id, d.contract_id,
              date_trunc(CASE d.doc->>'period' WHEN 'week' THEN 'week' ELSE 'month' END, day)::date
       FROM sla_definitions d, unnest($2::date[]) AS day
       WHERE d.contract_id = $1 AND d.status = 'active' AND d.doc->>'metric' = ANY($3::text[])
       ON CONFLICT (sla_id, period_start) DO UPDATE SET retry_at = now(), requested_at = now()`,
      [contractId, days, metrics],
    );
  }

  /** These periods of one SLA. */
  async forPeriods(
    runner: SqlRunner,
    slaId: string,
    contractId: string,
    periodStarts: readonly string[],
  ): Promise<void> {
    if (periodStarts.length === 0) return;
    await runner.query(
      `INSERT INTO sla_remeasure_queue (sla_id, contract_id, period_start)
       SELECT $1, $2, unnest($3::date[])
       ON CONFLICT (sla_id, period_start) DO UPDATE SET retry_at = now(), requested_at = now()`,
      [slaId, contractId, periodStarts],
    );
  }
}
