import { ComputedMetric, ComputedSla } from '../domain/computed-sla';

export interface PeriodFigure {
  periodStart: string;
  sampleSize: number;
  /** Percentage with 2 decimals; null when the sample is empty. */
  value: number | null;
}

interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<any>;
}

/** SQL conditions over `i` (an interactions row); `$3` is thresholdMinutes and `$4` now where a metric needs them. */
interface MetricSql {
  sample: string;
  met: string;
  usesThreshold: boolean;
}

const answeredWithin = (column: string) => `i.${column} - i.created_at <= make_interval(mins => $3::int)`;
const dueOrDone = (column: string) => `(i.${column} IS NOT NULL OR $4::timestamptz - i.created_at > make_interval(mins => $3::int))`;

/** SPEC §6 formulas, plus `service_level` as defined in ADR 0004. */
const METRICS: Record<ComputedMetric, MetricSql> = {
  first_response_time: { sample: dueOrDone('first_response_at'), met: answeredWithin('first_response_at'), usesThreshold: true },
  resolution_time: { sample: dueOrDone('resolved_at'), met: answeredWithin('resolved_at'), usesThreshold: true },
  service_level: {
    sample: `i.channel IN ('voice', 'chat') AND (i.abandoned IS TRUE OR ${dueOrDone('first_response_at')})`,
    met: `i.abandoned IS NOT TRUE AND ${answeredWithin('first_response_at')}`,
    usesThreshold: true,
  },
  csat: { sample: 'i.csat IS NOT NULL', met: 'i.csat >= 4', usesThreshold: false },
  reopen_rate: { sample: 'i.resolved_at IS NOT NULL', met: 'i.reopened IS TRUE', usesThreshold: false },
  abandonment_rate: { sample: `i.channel = 'voice'`, met: 'i.abandoned IS TRUE', usesThreshold: false },
};

/**
 * The figures of one SLA for several periods in one aggregate query over the (contract_id, created_at) index:
 * an interaction belongs to the period its createdAt falls in.
 */
export async function periodFigures(db: Queryable, sla: ComputedSla, periodStarts: string[], now: Date): Promise<PeriodFigure[]> {
  if (periodStarts.length === 0) return [];
  const metric = METRICS[sla.metric];
  const step = sla.period === 'week' ? `interval '1 week'` : `interval '1 month'`;
  const parameters: unknown[] = [sla.contractId, periodStarts];
  if (metric.usesThreshold) parameters.push(sla.thresholdMinutes ?? 0, now.toISOString());
  const rows: { periodStart: string; sampleSize: number; met: number }[] = await db.query(
    `SELECT to_char(p.start, 'YYYY-MM-DD') AS "periodStart",
            count(*) FILTER (WHERE ${metric.sample})::int AS "sampleSize",
            count(*) FILTER (WHERE ${metric.sample} AND ${metric.met})::int AS met
     FROM unnest($2::date[]) AS p(start)
     LEFT JOIN interactions i ON i.contract_id = $1::uuid
       AND i.created_at >= p.start::timestamp AT TIME ZONE 'UTC'
       AND i.created_at < (p.start + ${step}) AT TIME ZONE 'UTC'
     GROUP BY p.start
     ORDER BY p.start`,
    parameters,
  );
  return rows.map(({ periodStart, sampleSize, met }) => ({ periodStart, sampleSize, value: percentage(met, sampleSize) }));
}

function percentage(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part * 10000) / whole) / 100;
}
