import { CalendarErrorCode, CalendarRuleError } from './calendar-errors';
import { Weekday, WEEKDAYS } from './civil-date';

/** One opening window on the given days, local wall-clock `HH:MM`; `end` ≤ `start` runs past midnight, `end` may be 24:00. */
export interface WeeklyWindow {
  days: Weekday[];
  start: string;
  end: string;
}

/** A window as minutes after the local midnight of the date it starts on; `end` may pass 1440 (overnight). */
export interface DayWindow {
  start: number;
  end: number;
}

const HH_MM = /^([01]\d|2[0-4]):([0-5]\d)$/;

/** Minutes after midnight of `HH:MM` (`24:00` = 1440); undefined when it is not a time of day. */
export function minutesOfDay(time: string): number | undefined {
  const match = HH_MM.exec(time);
  if (!match) return undefined;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes > 1440 ? undefined : minutes;
}

/** The windows of each weekday (index 0 = Monday), each sorted by start. */
export function windowsByWeekday(windows: readonly WeeklyWindow[]): DayWindow[][] {
  const byDay: DayWindow[][] = WEEKDAYS.map(() => []);
  for (const window of windows) {
    const start = minutesOfDay(window.start) ?? 0;
    const end = minutesOfDay(window.end) ?? 0;
    const dayWindow = { start, end: end <= start ? end + 1440 : end };
    for (const day of window.days) byDay[WEEKDAYS.indexOf(day)].push(dayWindow);
  }
  for (const day of byDay) day.sort((a, b) => a.start - b.start);
  return byDay;
}

/** SPEC §12: times are `HH:MM` (a start before 24:00) and the windows that start on one day do not overlap. */
export function assertValidWeeklyHours(windows: readonly WeeklyWindow[]): void {
  for (const window of windows) {
    const start = minutesOfDay(window.start);
    const end = minutesOfDay(window.end);
    if (start === undefined || start === 1440 || end === undefined) {
      throw new CalendarRuleError(
        CalendarErrorCode.INVALID_TIME,
        `The window ${window.start}–${window.end} needs times HH:MM from 00:00 to 23:59 (an end may be 24:00).`,
      );
    }
  }
  const byDay = windowsByWeekday(windows);
  byDay.forEach((day, index) => {
    for (let i = 1; i < day.length; i++) {
      if (day[i].start < day[i - 1].end) {
        throw new CalendarRuleError(
          CalendarErrorCode.WINDOWS_OVERLAP,
          `Two windows on ${WEEKDAYS[index]} overlap (${clock(day[i - 1])} and ${clock(day[i])}); windows of one day may not overlap.`,
        );
      }
    }
  });
}

function clock(window: DayWindow): string {
  const text = (minutes: number) => {
    const m = minutes % 1440 === 0 && minutes > 0 ? 1440 : minutes % 1440;
    return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  };
  return `${text(window.start)}–${text(window.end)}`;
}
