import { BusinessSchedule } from '@vendorwatch/calendars';
import { ComputedSla, periodEndOf, PeriodFigure, periodStartDay } from '@vendorwatch/slas';
import { EntityManager } from 'typeorm';
import { ClockedMetric, ClockedRow, clockedOutcome, inScope } from './clocked-outcome';
import { GrowingTimeline } from './growing-timeline';
import { mergedRanges, percentage, periodRange } from './period-figures.query';

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
  /** When the last pending interaction's threshold elapses (ms); Infinity when one never does. */
  decidesAt: number;
}

/**
 * The figures of first response and resolution SLAs counted on a business clock (SPEC §5, §6): the periods'
 * interactions streamed once, in batches, from the (contract_id, created_at) index, each judged per SLA on a
 * business timeline built once per clock for the pass. Memory is bounded by the batch and the timelines.
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
    const tallies = new Map<string, Tally>(m.periodStarts.map((start) => [start, { sample: 0, met: 0, decidesAt: 0 }]));
    return { ...m, timeline, tallies };
  });
  if (ranges.length > 0) {
    for await (const batch of streamRows(manager, contractId, ranges)) {
      for (const row of batch) {
        for (const { sla, timeline, tallies } of judged) {
          const tally = tallies.get(periodStartDay(sla.period, new Date(row.createdAt)));
          if (!tally || !inScope(sla.appliesTo, row)) continue;
          const outcome = clockedOutcome(
            { metric: sla.metric, thresholdMinutes: sla.thresholdMinutes ?? 0 },
            timeline,
            row,
            now.getTime(),
          );
          if (outcome.kind === 'pending') {
            tally.decidesAt = Math.max(tally.decidesAt, outcome.decidesAt ?? Infinity);
            continue;
          }
          tally.sample++;
          if (outcome.kind === 'met') tally.met++;
        }
      }
    }
  }
  return new Map(
    judged.map(({ sla, tallies }) => [
      sla.slaId,
      [...tallies].sort(([a], [b]) => a.localeCompare(b)).map(([start, t]) => figure(sla, start, t)),
    ]),
  );
}

function figure(sla: ComputedSla, periodStart: string, tally: Tally): PeriodFigure {
  const end = periodEndOf(sla.period, new Date(`${periodStart}T00:00:00Z`)).getTime();
  // A threshold that never elapses keeps the period open: far enough ahead that the minutely pass keeps watching.
  const settlesAt = Number.isFinite(tally.decidesAt) ? Math.max(end, tally.decidesAt) : 8.64e15;
  return {
    periodStart,
    sampleSize: tally.sample,
    value: percentage(tally.met, tally.sample),
    settlesAt: new Date(settlesAt).toISOString(),
  };
}

interface RowRecord {
  created_at: number;
  first_response_at: number | null;
  resolved_at: number | null;
  paused_minutes: number | null;
  priority: string | null;
  channel: string;
}

/** The interactions created in the ranges, in batches, through a cursor of the caller's transaction. */
async function* streamRows(
  manager: EntityManager,
  contractId: string,
  ranges: { from: string; to: string }[],
): AsyncGenerator<ClockedRow[]> {
  const ms = (column: string) => `(extract(epoch FROM i.${column}) * 1000)::float8 AS ${column}`;
  await manager.query(
    `DECLARE clocked_interactions NO SCROLL CURSOR FOR
     SELECT ${ms('created_at')}, ${ms('first_response_at')}, ${ms('resolved_at')},
            i.paused_minutes::float8 AS paused_minutes, i.priority, i.channel
     FROM unnest($2::timestamptz[], $3::timestamptz[]) AS period(from_at, to_at)
     JOIN interactions i ON i.contract_id = $1::uuid AND i.created_at >= period.from_at AND i.created_at < period.to_at`,
    [contractId, ranges.map((r) => r.from), ranges.map((r) => r.to)],
  );
  try {
    for (;;) {
      const rows = await manager.query<RowRecord[]>(`FETCH ${BATCH} FROM clocked_interactions`);
      if (rows.length === 0) return;
      yield rows.map((r) => ({
        createdAt: r.created_at,
        firstResponseAt: r.first_response_at,
        resolvedAt: r.resolved_at,
        pausedMinutes: r.paused_minutes,
        priority: r.priority,
        channel: r.channel,
      }));
    }
  } finally {
    await manager.query(`CLOSE clocked_interactions`);
  }
}
