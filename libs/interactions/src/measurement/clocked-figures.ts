import { BusinessSchedule } from '@vendorwatch/calendars';
import { ComputedSla, periodEndOf, PeriodFigure } from '@vendorwatch/slas';
import { queryRows } from '@vendorwatch/event-store';
import { EntityManager } from 'typeorm';
import { ClockedMetric, ClockedRow, clockedOutcome, inScope } from './clocked-outcome';
import { GrowingTimeline } from './growing-timeline';
import { mergedRanges, percentage, periodRange, Range, scopeSql } from './period-figures.query';

/** Rows held in memory at once: the pass streams the periods' interactions through a cursor in batches of this. */
const BATCH = 5_000;

/** A clocked SLA to measure: its periods and the schedule its clock counts on. */
export interface ClockedMeasurement {
  sla: ComputedSla & { metric: ClockedMetric };
  periodStarts: string[];
  schedule: BusinessSchedule;
}

interface Tally {
  sample: number;
  met: number;
  /** When the first pending interaction's threshold elapses (ms); Infinity when none is pending. */
  nextDueAt: number;
}

/**
 * The figures of first response and resolution SLAs counted on a business clock (SPEC §5, §6): those met within
 * the threshold on the wall clock are counted set-based; the periods' other interactions are streamed once, in
 * batches, from the (contract_id, created_at) index, each judged per SLA on a business timeline built once per
 * clock for the pass. Memory is bounded by the batch and the timelines.
 */
export async function clockedFigures(
  manager: EntityManager,
  contractId: string,
  measured: ClockedMeasurement[],
  now: Date,
): Promise<Map<string, PeriodFigure[]>> {
  const ranges = mergedRanges(
    measured.flatMap(({ sla, periodStarts }) => periodStarts.map((start) => periodRange(start, sla.period))),
  );
  const until = Math.max(now.getTime(), ...ranges.map((r) => Date.parse(r.to)));
  const from = Math.min(...ranges.map((r) => Date.parse(r.from)));
  const timelines = new Map<BusinessSchedule, GrowingTimeline>();
  const judged = measured.map((m) => {
    const timeline = timelines.get(m.schedule) ?? new GrowingTimeline(m.schedule, from, until);
    timelines.set(m.schedule, timeline);
    const rule = { metric: m.sla.metric, thresholdMinutes: m.sla.thresholdMinutes ?? 0 };
    return { ...m, rule, timeline, periods: periodTallies(m) };
  });
  if (ranges.length > 0) {
    await countSurelyMet(manager, contractId, ranges, judged);
    const streamed = { columns: columnsFor(measured), judged };
    for await (const batch of streamRows(manager, contractId, ranges, streamed)) {
      for (const row of batch) {
        judged.forEach(({ sla, rule, timeline, periods }, n) => {
          const tally = tallyOf(periods, row.createdAt);
          if (!tally || row.sure[n] || !inScope(sla.appliesTo, row)) return;
          const outcome = clockedOutcome(rule, timeline, row, now.getTime());
          if (outcome.kind === 'pending') {
            tally.nextDueAt = Math.min(tally.nextDueAt, outcome.decidesAt ?? Infinity);
            return;
          }
          tally.sample++;
          if (outcome.kind === 'met') tally.met++;
        });
      }
    }
  }
  return new Map(judged.map(({ sla, periods }) => [sla.slaId, periods.map((p) => figure(p.periodStart, p))]));
}

type Parameter = (value: unknown, type: string) => string;

/**
 * Business minutes never exceed wall-clock minutes, so an interaction done within the threshold on the wall clock
 * is met on any clock: PostgreSQL counts those set-based, and only the others travel to be judged one by one.
 */
function surelyMetSql(sla: ClockedMeasurement['sla'], parameter: Parameter): string {
  const threshold = `${parameter(sla.thresholdMinutes ?? 0, 'float8')} * interval '1 minute'`;
  return sla.metric === 'first_response_time'
    ? `(i.first_response_at IS NOT NULL AND i.first_response_at - i.created_at <= ${threshold})`
    : `(i.resolved_at IS NOT NULL AND i.resolved_at - i.created_at <= ${threshold} + coalesce(i.paused_minutes, 0)::float8 * interval '1 minute')`;
}

function inScopeSql(sla: ClockedMeasurement['sla'], parameter: Parameter): string {
  return ['TRUE', ...scopeSql(sla.appliesTo, parameter)].join(' AND ');
}

/** Adds each SLA's surely met interactions to its periods' tallies, from one grouped pass over the ranges. */
async function countSurelyMet(
  manager: EntityManager,
  contractId: string,
  ranges: Range[],
  judged: { sla: ClockedMeasurement['sla']; periods: PeriodTally[] }[],
): Promise<void> {
  const parameters: unknown[] = [contractId, ranges.map((r) => r.from), ranges.map((r) => r.to)];
  const parameter: Parameter = (value, type) => `$${parameters.push(value)}::${type}`;
  const counts = judged.map(
    ({ sla }, n) =>
      `count(*) FILTER (WHERE ${inScopeSql(sla, parameter)} AND ${surelyMetSql(sla, parameter)})::int AS sure${n}`,
  );
  const days = await queryRows<Record<string, number | string>>(
    manager,
    `SELECT to_char((i.created_at AT TIME ZONE 'UTC')::date, 'YYYY-MM-DD') AS day, ${counts.join(', ')}
     FROM unnest($2::timestamptz[], $3::timestamptz[]) AS period(from_at, to_at)
     JOIN interactions i ON i.contract_id = $1::uuid AND i.created_at >= period.from_at AND i.created_at < period.to_at
     GROUP BY 1`,
    parameters,
  );
  for (const day of days) {
    judged.forEach(({ periods }, n) => {
      const tally = tallyOf(periods, Date.parse(`${day.day as string}T00:00:00Z`));
      const sure = day[`sure${n}`] as number;
      if (!tally) return;
      tally.sample += sure;
      tally.met += sure;
    });
  }
}

interface PeriodTally extends Tally {
  periodStart: string;
  start: number;
  end: number;
}

/** The SLA's periods, oldest first, as instants: a row finds its own by binary search, with no date arithmetic. */
function periodTallies({ sla, periodStarts }: ClockedMeasurement): PeriodTally[] {
  return [...new Set(periodStarts)].sort().map((periodStart) => {
    const start = Date.parse(`${periodStart}T00:00:00Z`);
    const end = periodEndOf(sla.period, new Date(start)).getTime();
    return { periodStart, start, end, sample: 0, met: 0, nextDueAt: Infinity };
  });
}

function tallyOf(periods: PeriodTally[], instant: number): PeriodTally | undefined {
  let lo = 0;
  let hi = periods.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (periods[mid].start <= instant) lo = mid + 1;
    else hi = mid;
  }
  const period = periods[lo - 1];
  return period && instant < period.end ? period : undefined;
}

/** Only the columns the SLAs read travel from the database: the transfer is most of the pass's cost. */
function columnsFor(measured: ClockedMeasurement[]): Set<keyof ClockedRow> {
  const columns = new Set<keyof ClockedRow>(['createdAt']);
  for (const { sla } of measured) {
    if (sla.metric === 'first_response_time') columns.add('firstResponseAt');
    else {
      columns.add('resolvedAt');
      columns.add('pausedMinutes');
    }
    if (sla.appliesTo?.priorities) columns.add('priority');
    if (sla.appliesTo?.channels) columns.add('channel');
  }
  return columns;
}

function figure(periodStart: string, tally: Tally): PeriodFigure {
  return {
    periodStart,
    sampleSize: tally.sample,
    value: percentage(tally.met, tally.sample),
    ...(Number.isFinite(tally.nextDueAt) ? { nextDueAt: new Date(tally.nextDueAt).toISOString() } : {}),
  };
}

const SELECTED: Record<keyof ClockedRow, string> = {
  createdAt: `(extract(epoch FROM i.created_at) * 1000)::float8 AS "createdAt"`,
  firstResponseAt: `(extract(epoch FROM i.first_response_at) * 1000)::float8 AS "firstResponseAt"`,
  resolvedAt: `(extract(epoch FROM i.resolved_at) * 1000)::float8 AS "resolvedAt"`,
  pausedMinutes: `i.paused_minutes::float8 AS "pausedMinutes"`,
  priority: `i.priority AS "priority"`,
  channel: `i.channel AS "channel"`,
};
const ABSENT: ClockedRow = {
  createdAt: 0,
  firstResponseAt: null,
  resolvedAt: null,
  pausedMinutes: null,
  priority: null,
  channel: '',
};

/** A streamed interaction, with whether each SLA (by index) already counted it as surely met. */
type StreamedRow = ClockedRow & { sure: boolean[] };

/**
 * The interactions created in the ranges that some SLA must judge one by one (in its scope, not surely met), in
 * batches, through a cursor of the caller's transaction.
 */
async function* streamRows(
  manager: EntityManager,
  contractId: string,
  ranges: Range[],
  { columns, judged }: { columns: Set<keyof ClockedRow>; judged: { sla: ClockedMeasurement['sla'] }[] },
): AsyncGenerator<StreamedRow[]> {
  const parameters: unknown[] = [contractId, ranges.map((r) => r.from), ranges.map((r) => r.to)];
  const parameter: Parameter = (value, type) => `$${parameters.push(value)}::${type}`;
  const sure = judged.map(({ sla }) => surelyMetSql(sla, parameter));
  const needed = judged.map(({ sla }, n) => `(${inScopeSql(sla, parameter)} AND NOT ${sure[n]})`);
  await manager.query(
    `DECLARE clocked_interactions NO SCROLL CURSOR FOR
     SELECT ${[...columns].map((column) => SELECTED[column]).join(', ')}, ARRAY[${sure.join(', ')}] AS sure
     FROM unnest($2::timestamptz[], $3::timestamptz[]) AS period(from_at, to_at)
     JOIN interactions i ON i.contract_id = $1::uuid AND i.created_at >= period.from_at AND i.created_at < period.to_at
     WHERE ${needed.join(' OR ')}`,
    parameters,
  );
  try {
    for (;;) {
      const rows = await manager.query<(Partial<ClockedRow> & { sure: boolean[] })[]>(
        `FETCH ${BATCH} FROM clocked_interactions`,
      );
      if (rows.length === 0) return;
      yield rows.map((row) => ({ ...ABSENT, ...row }));
    }
  } finally {
    await manager.query(`CLOSE clocked_interactions`);
  }
}
