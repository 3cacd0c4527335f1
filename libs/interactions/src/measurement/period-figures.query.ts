import { ComputedMetric, ComputedSla } from '../domain/computed-sla';
import { periodEndOf } from '../domain/periods';

export interface PeriodFigure {
  periodStart: string;
  sampleSize: number;
  /** Percentage with 2 decimals; null when the sample is empty. */
  value: number | null;
}

interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<any>;
}

/** SQL conditions over `i` (an interactions row); `$4` is thresholdMinutes and `$5` now where a metric needs them. */
interface MetricSql {
  sample: string;
  met: string;
  usesThreshold: boolean;
}

const answeredWithin = (column: string) => `i.${column} - i.created_at <= make_interval(mins => $4::int)`;
const dueOrDone = (column: string) => `(i.${column} IS NOT NULL OR $5::timestamptz - i.created_at > make_interval(mins => $4::int))`;

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
 * The figures of one SLA for several periods: one aggregate query over the (contract_id, created_at) index range
 * from the first period's start to the last one's end; an interaction belongs to the period its createdAt falls in.
 */
export async function periodFigures(db: Queryable, sla: ComputedSla, periodStarts: string[], now: Date): Promise<PeriodFigure[]> {
  if (periodStarts.length === 0) return [];
  const starts = [...periodStarts].sort();
  const metric = METRICS[sla.metric];
  const from = `${starts[0]}T00:00:00.000Z`;
  const to = periodEndOf(starts[starts.length - 1], sla.period).toISOString();
  const parameters: unknown[] = [sla.contractId, from, to];
  if (metric.usesThreshold) parameters.push(sla.thresholdMinutes ?? 0, now.toISOString());
  const rows: { periodStart: string; sampleSize: number; met: number }[] = await db.query(
    `SELECT to_char(period, 'YYYY-MM-DD') AS "periodStart", sample AS "sampleSize", met
     FROM (
       SELECT date_trunc('${sla.period}', i.created_at AT TIME ZONE 'UTC') AS period,
              count(*) FILTER (WHERE ${metric.sample})::int AS sample,
              count(*) FILTER (WHERE ${metric.sample} AND ${metric.met})::int AS met
       FROM interactions i
       WHERE i.contract_id = $1::uuid AND i.created_at >= $2::timestamptz AND i.created_at < $3::timestamptz
       GROUP BY 1
     ) figures`,
    parameters,
  );
  const byPeriod = new Map(rows.map((row) => [row.periodStart, row]));
  return starts.map((periodStart) => {
    const row = byPeriod.get(periodStart);
    const sampleSize = row?.sampleSize ?? 0;
    return { periodStart, sampleSize, value: percentage(row?.met ?? 0, sampleSize) };
  });
}

function percentage(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part * 10000) / whole) / 100;
}
