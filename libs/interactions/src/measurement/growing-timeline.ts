import { BusinessSchedule, BusinessTimeline } from '@vendorwatch/calendars';

const DAY_MS = 86_400_000;
/** Past this, an unanswered interaction's threshold never elapses (a calendar that is all holidays). */
const MAX_HORIZON_DAYS = 3660;
/** Each extension reaches this much further than asked, so a pass rebuilds its timeline only a few times. */
const MARGIN_MS = 31 * DAY_MS;

/**
 * A `BusinessTimeline` of one schedule that grows to cover whatever instant it is asked about: built once for a
 * measuring pass (its periods up to now), rebuilt only when an interaction reaches past that.
 */
export class GrowingTimeline {
  private timeline: BusinessTimeline;

  constructor(
    private readonly schedule: BusinessSchedule,
    from: number,
    to: number,
  ) {
    this.timeline = BusinessTimeline.covering(schedule, from, to);
  }

  minutesBetween(from: number, to: number): number {
    this.cover(Math.min(from, to), Math.max(from, to));
    return this.timeline.minutesBetween(from, to);
  }

  /** When `minutes` business minutes have elapsed since `start`; undefined when that is ten years or more away. */
  elapsesAt(start: number, minutes: number): number | undefined {
    for (let days = 14; ; days *= 2) {
      const horizon = Math.min(days, MAX_HORIZON_DAYS);
      this.cover(start, start + horizon * DAY_MS);
      const at = this.timeline.elapsesAt(start, minutes);
      if (at !== undefined || horizon === MAX_HORIZON_DAYS) return at;
    }
  }

  private cover(from: number, to: number): void {
    const { coverFrom, coverTo } = this.timeline;
    if (from >= coverFrom && to <= coverTo) return;
    const start = from < coverFrom ? from - MARGIN_MS : coverFrom;
    const end = to > coverTo ? to + MARGIN_MS : coverTo;
    this.timeline = BusinessTimeline.covering(this.schedule, start, end);
  }
}
