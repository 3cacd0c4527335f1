import { EventSourcedAggregate } from '@vendorwatch/event-store';
import { CalendarErrorCode, CalendarRuleError } from './calendar-errors';
import {
  CalendarTimeline,
  definedTimeline,
  Holiday,
  holidaysFrom,
  revisedTimeline,
  scheduleOf,
  sortedHolidays,
} from './calendar-state';
import { BusinessSchedule } from './business-schedule';
import { CALENDAR_EVENTS, CalendarDefined, CalendarRevised } from './calendar.events';
import { assertValidWeeklyHours, WeeklyWindow } from './weekly-hours';

export const MAX_HOLIDAYS = 5000;

export interface CalendarDefinition {
  name: string;
  timezone: string;
  weeklyHours: WeeklyWindow[];
  holidays: Holiday[];
}

export interface CalendarChanges {
  name?: string;
  weeklyHours?: WeeklyWindow[];
  holidays?: Holiday[];
}

/** Business hours for SLA clocks (SPEC §12): weekly windows and holidays in one zone, revised from a date on. */
export class Calendar extends EventSourcedAggregate {
  static readonly streamType = 'Calendar';
  static readonly events = CALENDAR_EVENTS;

  private timeline: CalendarTimeline;

  get schedule(): BusinessSchedule {
    return scheduleOf(this.timeline);
  }

  static define(id: string, definition: CalendarDefinition, at: string): Calendar {
    const { name, timezone, weeklyHours, holidays } = definition;
    assertValidWeeklyHours(weeklyHours);
    assertValidHolidays(holidays);
    const calendar = new Calendar();
    calendar.apply(new CalendarDefined(id, name, timezone, weeklyHours, holidays, at));
    return calendar;
  }

  /** Changes the name, and the hours and/or holidays of the dates from `effectiveFrom` on. */
  revise(changes: CalendarChanges, effectiveFrom: string, at: string): void {
    const { name, weeklyHours, holidays } = changes;
    if (name === undefined && weeklyHours === undefined && holidays === undefined) {
      throw new CalendarRuleError(CalendarErrorCode.EMPTY_REVISION, 'Send a name, weeklyHours or holidays to revise.');
    }
    if (weeklyHours) assertValidWeeklyHours(weeklyHours);
    if (holidays) {
      assertValidHolidays(holidays);
      const early = holidays.find((h) => h.date < effectiveFrom);
      if (early) {
        throw new CalendarRuleError(
          CalendarErrorCode.HOLIDAY_BEFORE_EFFECTIVE_FROM,
          `The holiday on ${early.date} is before effectiveFrom ${effectiveFrom}, so it would never apply; send an earlier effectiveFrom.`,
        );
      }
    }
    const keptHolidays = holidays ? this.timeline.holidays.filter((h) => h.date < effectiveFrom).length : 0;
    if (holidays) assertHolidayCount(keptHolidays + holidays.length);
    this.apply(new CalendarRevised(this.id, effectiveFrom, name ?? null, weeklyHours ?? null, holidays ?? null, at));
  }

  /**
   * Adds imported holidays on the dates from `effectiveFrom` (default: the earliest of them) on; dates already
   * holidays, and dates before `effectiveFrom`, are left out. Returns how many were added (0: nothing appended).
   */
  importHolidays(imported: Holiday[], effectiveFrom: string | undefined, at: string): number {
    const from = effectiveFrom ?? imported.map((h) => h.date).sort()[0];
    if (from === undefined) return 0;
    const known = new Set(this.timeline.holidays.map((h) => h.date));
    const added = new Map<string, Holiday>();
    for (const holiday of imported) {
      if (holiday.date >= from && !known.has(holiday.date) && !added.has(holiday.date))
        added.set(holiday.date, holiday);
    }
    if (added.size === 0) return 0;
    assertHolidayCount(this.timeline.holidays.length + added.size);
    const holidays = sortedHolidays([...holidaysFrom(this.timeline, from), ...added.values()]);
    this.apply(new CalendarRevised(this.id, from, null, null, holidays, at));
    return added.size;
  }

  protected onCalendarDefined(event: CalendarDefined): void {
    this.id = event.calendarId;
    this.timeline = definedTimeline(event.timezone, event.weeklyHours, event.holidays);
  }

  protected onCalendarRevised(event: CalendarRevised): void {
    this.timeline = revisedTimeline(this.timeline, event);
  }
}

function assertValidHolidays(holidays: Holiday[]): void {
  const seen = new Set<string>();
  for (const { date } of holidays) {
    if (seen.has(date)) {
      throw new CalendarRuleError(CalendarErrorCode.HOLIDAY_REPEATED, `The holiday on ${date} is listed twice.`);
    }
    seen.add(date);
  }
  assertHolidayCount(holidays.length);
}

function assertHolidayCount(count: number): void {
  if (count > MAX_HOLIDAYS) {
    throw new CalendarRuleError(
      CalendarErrorCode.TOO_MANY_HOLIDAYS,
      `A calendar holds at most ${MAX_HOLIDAYS} holidays; this change would make it ${count}.`,
    );
  }
}
