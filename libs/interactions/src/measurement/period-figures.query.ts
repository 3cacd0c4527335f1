import { Queryable, queryRows } from '@vendorwatch/event-store';
import {
  ComputedMetric,
  ComputedSla,
  MeasuredSla,
  periodEndOf,
  PeriodFigure,
  periodStartDay,
  SlaScope,
} from '@vendorwatch/slas';

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
  /** For the metrics that wait on an answer: which records are unanswered, and when each would be missed. */
  due?: { unanswered: string; at(threshold: () => string): string };
}

const answeredWithin = (column: string, threshold: () => string) =>
  `i.${column} - i.created_at <= make_interval(mins => ${threshold()})`;
const dueOrDone = (column: string, threshold: () => string, now: () => string) =>
  `(i.${column} IS NOT NULL OR ${now()} - i.created_at > make_interval(mins => ${threshold()}))`;
/** The resolution's allowance: the threshold plus the minutes the ticket waited on the customer (SPEC §6). */
const withPause = (threshold: () => string) =>
  `(${threshold()} + coalesce(i.paused_minutes, 0))::float8 * interval '1 minute'`;

/** SPEC §6 formulas, plus `service_level` as defined in ADR 0004. */
export const METRICS: Record<InteractionMetric, MetricSql> = {
  first_response_time: {
    sample: (t, now) => dueOrDone('first_response_at', t, now),
    met: (t) => answeredWithin('first_response_at', t),
    due: { unanswered: 'i.first_response_at IS NULL', at: (t) => `i.created_at + make_interval(mins => ${t()})` },
  },
  resolution_time: {
    sample: (t, now) => `(i.resolved_at IS NOT NULL OR ${now()} - i.created_at > ${withPause(t)})`,
    met: (t) => `i.resolved_at - i.created_at <= ${withPause(t)}`,
    due: { unanswered: 'i.resolved_at IS NULL', at: (t) => `i.created_at + ${withPause(t)}` },
  },
  service_level: {
    sample: (t, now) =>
      `i.channel IN ('voice', 'chat') AND (i.abandoned IS TRUE OR ${dueOrDone('first_response_at', t, now)})`,
    met: (t) => `i.abandoned IS NOT TRUE AND ${answeredWithin('first_response_at', t)}`,
    due: {
      unanswered: `i.channel IN ('voice', 'chat') AND i.abandoned IS NOT TRUE AND i.first_response_at IS NULL`,
      at: (t) => `i.created_at + make_interval(mins => ${t()})`,
    },
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
    const scope = ['TRUE', ...scopeSql(sla.appliesTo, parameter)].join(' AND ');
    const sample = `${scope} AND ${metric.sample(threshold, nowParameter)}`;
    const counts = `count(*) FILTER (WHERE ${sample})::int AS sample${n}, count(*) FILTER (WHERE ${sample} AND ${metric.met(threshold)})::int AS met${n}`;
    if (!metric.due) return counts;
    // The first unanswered record still to come due: when time alone next changes the figure (ADR 0012).
    const at = metric.due.at(threshold);
    const pending = `${scope} AND ${metric.due.unanswered} AND ${at} >= ${nowParameter()}`;
    return `${counts}, (extract(epoch FROM min(${at}) FILTER (WHERE ${pending})) * 1000)::float8 AS due${n}`;
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

/** SPEC §5 `appliesTo` as SQL conditions over `i`; an interaction without a priority counts as `normal`. */
export function scopeSql(scope: SlaScope | undefined, parameter: (value: unknown, type: string) => string): string[] {
  return [
    ...(scope?.priorities ? [`coalesce(i.priority, 'normal') = ANY(${parameter(scope.priorities, 'text[]')})`] : []),
    ...(scope?.channels ? [`i.channel = ANY(${parameter(scope.channels, 'text[]')})`] : []),
  ];
}

function figuresOf(
  sla: ComputedSla,
  periodStarts: string[],
  days: Record<string, number | string>[],
  n: number,
): PeriodFigure[] {
  const totals = new Map([...periodStarts].sort().map((start) => [start, { sample: 0, met: 0, due: Infinity }]));
  for (const day of days) {
    const total = totals.get(periodStartDay(sla.period, day.day as string));
    if (!total) continue;
    total.sample += day[`sample${n}`] as number;
    total.met += day[`met${n}`] as number;
    total.due = Math.min(total.due, (day[`due${n}`] as number | null | undefined) ?? Infinity);
  }
  return [...totals].map(([periodStart, { sample, met, due }]) => ({
    periodStart,
    sampleSize: sample,
    value: percentage(met, sample),
    ...(Number.isFinite(due) ? { nextDueAt: new Date(due).toISOString() } : {}),
  }));
}

export interface Range {
  from: string;
  to: string;
}

export function periodRange(periodStart: string, period: ComputedSla['period']): Range {
  const from = `${periodStart}T00:00:00.000Z`;
  return { from, to: periodEndOf(period, new Date(from)).toISOString() };
}

/** Overlapping or touching ranges joined, so no interaction is counted twice (weeks and months overlap). */
export function mergedRanges(ranges: Range[]): Range[] {
  const merged: Range[] = [];
  for (const range of [...ranges].sort((a, b) => a.from.localeCompare(b.from))) {
    const last = merged[merged.length - 1];
    if (last && range.from <= last.to) last.to = range.to > last.to ? range.to : last.to;
    else merged.push({ ...range });
  }
  return merged;
}

export function percentage(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part * 10000) / whole) / 100;
}
