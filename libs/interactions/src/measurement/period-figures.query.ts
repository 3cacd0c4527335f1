import { Queryable, queryRows } from '@vendorwatch/event-store';
import { ComputedMetric, ComputedSla, MeasuredSla, periodEndOf, PeriodFigure, periodStartDay } from '@vendorwatch/slas';

/** The metrics computed from interactions (SPEC §6). */
export const INTERACTION_METRICS = [
  'first_response_time',
  'resolution_time',
  'service_level',
  'csat',
  'reopen_rate',
  'abandonment_rate',
] as const satisfies readonly ComputedMetric[];
export type InteractionMetric = (typeof INTERACTION_METRICS)[number];

/** SQL conditions over `i` (an interactions row); `threshold` (minutes) and `now` give the SQL of those parameters. */
export interface MetricSql {
  sample(threshold: () => string, now: () => string): string;
  met(threshold: () => string): string;
}

const answeredWithin = (column: string, threshold: () => string) =>
  `i.${column} - i.created_at <= make_interval(mins => ${threshold()})`;
const dueOrDone = (column: string, threshold: () => string, now: () => string) =>
  `(i.${column} IS NOT NULL OR ${now()} - i.created_at > make_interval(mins => ${threshold()}))`;

/** SPEC §6 formulas, plus `service_level` as defined in ADR 0004. */
export const METRICS: Record<InteractionMetric, MetricSql> = {
  first_response_time: {
    sample: (t, now) => dueOrDone('first_response_at', t, now),
    met: (t) => answeredWithin('first_response_at', t),
  },
  resolution_time: {
    sample: (t, now) => dueOrDone('resolved_at', t, now),
    met: (t) => answeredWithin('resolved_at', t),
  },
  service_level: {
    sample: (t, now) =>
      `i.channel IN ('voice', 'chat') AND (i.abandoned IS TRUE OR ${dueOrDone('first_response_at', t, now)})`,
    met: (t) => `i.abandoned IS NOT TRUE AND ${answeredWithin('first_response_at', t)}`,
  },
  csat: { sample: () => 'i.csat IS NOT NULL', met: () => 'i.csat >= 4' },
  reopen_rate: { sample: () => 'i.resolved_at IS NOT NULL', met: () => 'i.reopened IS TRUE' },
  abandonment_rate: { sample: () => `i.channel = 'voice'`, met: () => 'i.abandoned IS TRUE' },
};

/**
 * The figures of several SLAs of one contract, for their periods, from one pass over the interactions: a day's
 * counts per SLA from the (contract_id, created_at) index ranges of the periods, added up into weeks and months.
 * An interaction belongs to the period its createdAt falls in.
 */
export async function periodFigures(
  db: Queryable,
  contractId: string,
  measured: MeasuredSla[],
  now: Date,
): Promise<Map<string, PeriodFigure[]>> {
  const ranges = mergedRanges(
    measured.flatMap(({ sla, periodStarts }) => periodStarts.map((start) => periodRange(start, sla.period))),
  );
  const parameters: unknown[] = [contractId, ranges.map((r) => r.from), ranges.map((r) => r.to)];
  // Parameters are added where first used: PostgreSQL refuses one that the statement never mentions.
  const parameter = (value: unknown, type: string) => `$${parameters.push(value)}::${type}`;
  let nowSql: string | undefined;
  const nowParameter = () => (nowSql ??= parameter(now.toISOString(), 'timestamptz'));
  const counts = measured.map(({ sla }, n) => {
    let thresholdSql: string | undefined;
    const threshold = () => (thresholdSql ??= parameter(sla.thresholdMinutes ?? 0, 'int'));
    const metric = METRICS[sla.metric as InteractionMetric];
    const sample = metric.sample(threshold, nowParameter);
    return `count(*) FILTER (WHERE ${sample})::int AS sample${n}, count(*) FILTER (WHERE ${sample} AND ${metric.met(threshold)})::int AS met${n}`;
  });
  const days =
    ranges.length === 0
      ? []
      : await queryRows<Record<string, number | string>>(
          db,
          `SELECT to_char((i.created_at AT TIME ZONE 'UTC')::date, 'YYYY-MM-DD') AS day, ${counts.join(', ')}
           FROM unnest($2::timestamptz[], $3::timestamptz[]) AS period(from_at, to_at)
           JOIN interactions i ON i.contract_id = $1::uuid AND i.created_at >= period.from_at AND i.created_at < period.to_at
           GROUP BY (i.created_at AT TIME ZONE 'UTC')::date`,
          parameters,
        );
  return new Map(measured.map(({ sla, periodStarts }, n) => [sla.slaId, figuresOf(sla, periodStarts, days, n)]));
}

function figuresOf(
  sla: ComputedSla,
  periodStarts: string[],
  days: Record<string, number | string>[],
  n: number,
): PeriodFigure[] {
  const totals = new Map([...periodStarts].sort().map((start) => [start, { sample: 0, met: 0 }]));
  for (const day of days) {
    const total = totals.get(periodStartDay(sla.period, day.day as string));
    if (!total) continue;
    total.sample += day[`sample${n}`] as number;
    total.met += day[`met${n}`] as number;
  }
  return [...totals].map(([periodStart, { sample, met }]) => ({
    periodStart,
    sampleSize: sample,
    value: percentage(met, sample),
  }));
}

interface Range {
  from: string;
  to: string;
}

function periodRange(periodStart: string, period: ComputedSla['period']): Range {
  const from = `${periodStart}T00:00:00.000Z`;
  return { from, to: periodEndOf(period, new Date(from)).toISOString() };
}

/** Overlapping or touching ranges joined, so no interaction is counted twice (weeks and months overlap). */
function mergedRanges(ranges: Range[]): Range[] {
  const merged: Range[] = [];
  for (const range of [...ranges].sort((a, b) => a.from.localeCompare(b.from))) {
    const last = merged[merged.length - 1];
    if (last && range.from <= last.to) last.to = range.to > last.to ? range.to : last.to;
    else merged.push({ ...range });
  }
  return merged;
}

function percentage(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part * 10000) / whole) / 100;
}
