import { IANAZone } from 'luxon';
import { BusinessSchedule } from './business-schedule';
import { DAY_MS, dayNumberOf, isoDateOf, weekdayIndexOf } from './civil-date';
import { instantOfWallClock, timeZone, WallClockReader, wallClockOf } from './wall-clock';
import { windowsByWeekday } from './weekly-hours';

const MINUTE_MS = 60_000;
/** `businessMinuteElapsesAt` gives up past this horizon (a calendar that is all holidays never elapses). */
const MAX_HORIZON_DAYS = 3660;
const FIRST_HORIZON_DAYS = 14;

/**
 * The open intervals of a schedule over a range of instants, precomputed once: each local date of the range gets
 * the windows that start on it (unless it is a holiday) with the weekly hours in force on that date, turned into
 * instants by its wall clock; overlapping intervals (an overnight window running into the next day's) are merged.
 * Every query is then a binary search: O(log n) for n intervals, with no time-zone work at all.
 */
export class BusinessTimeline {
  private constructor(
    /** The instants whose open/closed state is fully known: [coverFrom, coverTo). */
    readonly coverFrom: number,
    readonly coverTo: number,
    private readonly starts: Float64Array,
    private readonly ends: Float64Array,
    /** Open milliseconds before each interval starts. */
    private readonly openBefore: Float64Array,
  ) {}

  /** A timeline that covers at least [from, to]. */
  static covering(schedule: BusinessSchedule, from: number, to: number): BusinessTimeline {
    const zone = timeZone(schedule.timezone);
    const firstDay = localDayOf(zone, Math.min(from, to));
    const lastDay = localDayOf(zone, Math.max(from, to));
    // A window started on the day before the first can still be open on it; none reaches two days on.
    const intervals = openIntervals(schedule, firstDay - 1, lastDay);
    const count = intervals.length;
    const starts = new Float64Array(count);
    const ends = new Float64Array(count);
    const openBefore = new Float64Array(count);
    let open = 0;
    intervals.forEach(([start, end], i) => {
      starts[i] = start;
      ends[i] = end;
      openBefore[i] = open;
      open += end - start;
    });
    const coverFrom = midnightOf(zone, firstDay);
    const coverTo = midnightOf(zone, lastDay + 1);
    return new BusinessTimeline(coverFrom, coverTo, starts, ends, openBefore);
  }

  /** Business minutes between two instants (negative when `to` is before `from`), fractions of a minute kept. */
  minutesBetween(from: number, to: number): number {
    this.assertCovers(from);
    this.assertCovers(to);
    return (this.openUntil(to) - this.openUntil(from)) / MINUTE_MS;
  }

  /**
   * The instant at which `minutes` business minutes have elapsed since `start` (`start` itself for 0 or less);
   * undefined when that lies past the end of this timeline.
   */
  elapsesAt(start: number, minutes: number): number | undefined {
    this.assertCovers(start);
    if (minutes <= 0) return start;
    const target = this.openUntil(start) + minutes * MINUTE_MS;
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.openBefore[mid] + (this.ends[mid] - this.starts[mid]) < target) lo = mid + 1;
      else hi = mid;
    }
    if (lo === this.starts.length) return undefined;
    const at = this.starts[lo] + (target - this.openBefore[lo]);
    return at <= this.coverTo ? at : undefined;
  }

  /** Open milliseconds of the timeline before `instant`. */
  private openUntil(instant: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid] <= instant) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return 0;
    const i = lo - 1;
    return this.openBefore[i] + Math.min(instant, this.ends[i]) - this.starts[i];
  }

  private assertCovers(instant: number): void {
    if (!(instant >= this.coverFrom && instant <= this.coverTo)) {
      throw new RangeError(`The instant ${new Date(instant).toISOString()} lies outside this business timeline.`);
    }
  }
}

/** Business minutes between two instants on a schedule (SPEC §12); negative when `to` is before `from`. */
export function businessMinutesBetween(schedule: BusinessSchedule, from: number, to: number): number {
  return BusinessTimeline.covering(schedule, from, to).minutesBetween(from, to);
}

/** The instant the `minutes`-th business minute after `start` elapses; undefined when it never does (ten years). */
export function businessMinuteElapsesAt(
  schedule: BusinessSchedule,
  start: number,
  minutes: number,
): number | undefined {
  for (let days = FIRST_HORIZON_DAYS; ; days *= 2) {
    const horizon = Math.min(days, MAX_HORIZON_DAYS);
    const at = BusinessTimeline.covering(schedule, start, start + horizon * DAY_MS).elapsesAt(start, minutes);
    if (at !== undefined || horizon === MAX_HORIZON_DAYS) return at;
  }
}

function localDayOf(zone: IANAZone, instant: number): number {
  return Math.floor(wallClockOf(zone, instant) / DAY_MS);
}

function midnightOf(zone: IANAZone, dayNumber: number): number {
  return instantOfWallClock(zone, dayNumber * DAY_MS).instant;
}

/** The merged open intervals [start, end) of the windows that start on the local days firstDay..lastDay. */
function openIntervals(schedule: BusinessSchedule, firstDay: number, lastDay: number): [number, number][] {
  const revisions = schedule.hours.map((revision) => ({
    from: revision.effectiveFrom === null ? -Infinity : (dayNumberOf(revision.effectiveFrom) ?? -Infinity),
    byWeekday: windowsByWeekday(revision.weeklyHours),
  }));
  const intervals: [number, number][] = [];
  const wallClock = new WallClockReader(schedule.timezone);
  let current = -1;
  for (let day = firstDay; day <= lastDay; day++) {
    while (current + 1 < revisions.length && revisions[current + 1].from <= day) current++;
    if (current < 0 || schedule.holidays.has(isoDateOf(day))) continue;
    for (const window of revisions[current].byWeekday[weekdayIndexOf(day)]) {
      const start = wallClock.read(day * DAY_MS + window.start * MINUTE_MS).instant;
      const end = wallClock.read(day * DAY_MS + window.end * MINUTE_MS).instant;
      if (end > start) intervals.push([start, end]);
    }
  }
  intervals.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const interval of intervals) {
    const last = merged[merged.length - 1];
    if (last && interval[0] <= last[1]) last[1] = Math.max(last[1], interval[1]);
    else merged.push(interval);
  }
  return merged;
}
