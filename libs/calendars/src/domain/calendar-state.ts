import { BusinessSchedule, HoursRevision } from './business-schedule';
import { WeeklyWindow } from './weekly-hours';

export interface Holiday {
  date: string;
  name: string | null;
}

/** What a calendar holds over time; folded the same way by the aggregate and its read model. */
export interface CalendarTimeline {
  timezone: string;
  /** Sorted by `effectiveFrom`; the first one (null) holds from the beginning. */
  hours: HoursRevision[];
  /** Sorted by date. */
  holidays: Holiday[];
}

export interface TimelineRevision {
  effectiveFrom: string;
  weeklyHours: WeeklyWindow[] | null;
  holidays: Holiday[] | null;
}

export function definedTimeline(timezone: string, weeklyHours: WeeklyWindow[], holidays: Holiday[]): CalendarTimeline {
  return { timezone, hours: [{ effectiveFrom: null, weeklyHours }], holidays: sortedHolidays(holidays) };
}

/** The given hours and holidays replace what applied to the dates from `effectiveFrom` on, and nothing before. */
export function revisedTimeline(timeline: CalendarTimeline, revision: TimelineRevision): CalendarTimeline {
  const { effectiveFrom, weeklyHours, holidays } = revision;
  return {
    timezone: timeline.timezone,
    hours: weeklyHours
      ? [
          ...timeline.hours.filter((h) => h.effectiveFrom === null || h.effectiveFrom < effectiveFrom),
          { effectiveFrom, weeklyHours },
        ]
      : timeline.hours,
    holidays: holidays
      ? sortedHolidays([...timeline.holidays.filter((h) => h.date < effectiveFrom), ...holidays])
      : timeline.holidays,
  };
}

export function holidaysFrom(timeline: CalendarTimeline, date: string): Holiday[] {
  return timeline.holidays.filter((h) => h.date >= date);
}

export function scheduleOf(timeline: CalendarTimeline): BusinessSchedule {
  return {
    timezone: timeline.timezone,
    hours: timeline.hours,
    holidays: new Set(timeline.holidays.map((h) => h.date)),
  };
}

export function sortedHolidays(holidays: Holiday[]): Holiday[] {
  return [...holidays].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
