import { BusinessSchedule } from '@vendorwatch/calendars';
import { ComputedSla, periodEndOf, PeriodFigure } from '@vendorwatch/slas';
import { EntityManager } from 'typeorm';
import { clockedDays } from './clocked-days.query';
import { ClockedMetric, clockedOutcome } from './clocked-outcome';
import { GrowingTimeline } from './growing-timeline';
import { mergedRanges, percentage, periodRange } from './period-figures.query';

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
 * The figures of first response and resolution SLAs counted on a business clock (SPEC §5, §6), from one pass over
 * the periods' interactions grouped by day: those met within the threshold on the wall clock are counted by
 * PostgreSQL; the others arrive packed and are judged per SLA on a business timeline built once per clock for the
 * pass. Memory is bounded by a batch of days and the timelines.
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
  if (ranges.length === 0) return figuresOf(judged);
  const slas = measured.map((m) => m.sla);
  for await (const days of clockedDays(manager, contractId, ranges, slas)) {
    for (const { start, surelyMet, rows } of days) {
      // Periods begin and end at UTC midnights: a day's interactions all count in the same period of an SLA.
      const tallies = judged.map(({ periods }) => tallyOf(periods, start));
      tallies.forEach((tally, n) => {
        if (!tally) return;
        tally.sample += surelyMet[n];
        tally.met += surelyMet[n];
      });
      for (let index = 0; index < rows.count; index++) {
        const row = rows.row(index);
        judged.forEach(({ rule, timeline }, n) => {
          const tally = tallies[n];
          if (!tally || !rows.judges(index, n)) return;
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
  return figuresOf(judged);
}

interface PeriodTally extends Tally {
  periodStart: string;
  start: number;
  end: number;
}

/** The SLA's periods, oldest first, as instants: a day finds its own by binary search, with no date arithmetic. */
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

function figuresOf(judged: { sla: ComputedSla; periods: PeriodTally[] }[]): Map<string, PeriodFigure[]> {
  return new Map(judged.map(({ sla, periods }) => [sla.slaId, periods.map(figure)]));
}

function figure(tally: PeriodTally): PeriodFigure {
  return {
    periodStart: tally.periodStart,
    sampleSize: tally.sample,
    value: percentage(tally.met, tally.sample),
    ...(Number.isFinite(tally.nextDueAt) ? { nextDueAt: new Date(tally.nextDueAt).toISOString() } : {}),
  };
}
