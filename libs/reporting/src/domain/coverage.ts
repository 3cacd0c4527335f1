import { DateTime, Interval } from 'luxon';

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** A weekly time window in a zone; `end` ≤ `start` runs past midnight into the next day. */
export interface WeeklyWindow {
  timezone: string;
  days: Weekday[];
  start: string;
  end: string;
}

export interface CoverageResult {
  /** The Monday (`YYYY-MM-DD`, demand zone) of the week measured. */
  weekStart: string;
  demandMinutes: number;
  coveredMinutes: number;
  /** Covered share of demand, 0..1 (1 when there is no demand). */
  share: number;
  /** The uncovered stretches, as local demand times, for evidence. */
  gaps: { from: string; to: string }[];
}

const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

function minutesOf(hhmm: string): { hour: number; minute: number } {
  const [hour, minute] = hhmm.split(':').map(Number);
  return { hour, minute };
}

/** The concrete intervals of a weekly window for every local day in [firstDay, lastDay]. */
function occurrences(window: WeeklyWindow, firstDay: DateTime, lastDay: DateTime): Interval[] {
  const result: Interval[] = [];
  const start = minutesOf(window.start);
  const end = minutesOf(window.end);
  const overnight = window.end <= window.start;
  for (let day = firstDay.setZone(window.timezone).startOf('day'); day <= lastDay; day = day.plus({ days: 1 })) {
    if (!window.days.includes(WEEKDAYS[day.weekday - 1])) continue;
    const from = day.set({ ...start, second: 0, millisecond: 0 });
    const to = (overnight ? day.plus({ days: 1 }) : day).set({ ...end, second: 0, millisecond: 0 });
    if (to > from) result.push(Interval.fromDateTimes(from, to));
  }
  return result;
}

/**
 * How much of the demand week is covered by vendor shifts, after converting every window to absolute time with
 * the rules of its own zone (so DST in either zone is accounted for). The week is the demand zone's Monday to
 * Sunday that holds `referenceDate`.
 */
export function weeklyCoverage(demand: WeeklyWindow[], shifts: WeeklyWindow[], referenceDate: string): CoverageResult {
  const zone = demand[0]?.timezone ?? 'UTC';
  const weekStart = DateTime.fromISO(referenceDate, { zone }).startOf('week');
  const weekEnd = weekStart.plus({ weeks: 1 });
  const demandIntervals = Interval.merge(demand.flatMap((w) => occurrences(w, weekStart, weekEnd.minus({ days: 1 }))));
  const shiftIntervals = Interval.merge(
    shifts.flatMap((w) => occurrences(w, weekStart.minus({ days: 2 }), weekEnd.plus({ days: 1 }))),
  );
  const minutes = (intervals: Interval[]) => Math.round(intervals.reduce((sum, i) => sum + i.length('minutes'), 0));
  const demandMinutes = minutes(demandIntervals);
  const covered = demandIntervals.flatMap((d) =>
    shiftIntervals.map((s) => d.intersection(s)).filter((i): i is Interval => i !== null && i.isValid && !i.isEmpty()),
  );
  const coveredMinutes = minutes(covered);
  const gaps = Interval.xor([...demandIntervals, ...Interval.merge(covered)])
    .filter((gap) => demandIntervals.some((d) => d.overlaps(gap)))
    .map((gap) => ({
      from: gap.start!.setZone(zone).toFormat('ccc HH:mm'),
      to: gap.end!.setZone(zone).toFormat('ccc HH:mm'),
    }));
  return {
    weekStart: weekStart.toISODate()!,
    demandMinutes,
    coveredMinutes,
    share: demandMinutes === 0 ? 1 : coveredMinutes / demandMinutes,
    gaps,
  };
}
