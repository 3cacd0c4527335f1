import { DomainEvent } from '@vendorwatch/event-store';
import { Holiday } from './calendar-state';
import { WeeklyWindow } from './weekly-hours';

export class CalendarDefined extends DomainEvent {
  static readonly type = 'CalendarDefined';

  constructor(
    readonly calendarId: string,
    readonly name: string,
    readonly timezone: string,
    readonly weeklyHours: WeeklyWindow[],
    readonly holidays: Holiday[],
    readonly definedAt: string,
  ) {
    super();
  }
}

/**
 * From `effectiveFrom` (a local date) on, the calendar has these weekly hours and exactly these holidays (null:
 * unchanged); earlier dates keep what they had. Consumers re-measure the periods holding dates from `effectiveFrom`.
 */
export class CalendarRevised extends DomainEvent {
  static readonly type = 'CalendarRevised';

  constructor(
    readonly calendarId: string,
    readonly effectiveFrom: string,
    readonly name: string | null,
    readonly weeklyHours: WeeklyWindow[] | null,
    readonly holidays: Holiday[] | null,
    readonly revisedAt: string,
  ) {
    super();
  }
}

export const CALENDAR_EVENTS = [CalendarDefined, CalendarRevised];
