import { BusinessRuleError } from '@vendorwatch/event-store';

/** The calendars context's error codes (SPEC §1 `code`). */
export const CalendarErrorCode = {
  /** 422: two windows of one day overlap. */
  WINDOWS_OVERLAP: 'CALENDAR_WINDOWS_OVERLAP',
  /** 422: a window's time is not a valid HH:MM (or 24:00 as an end). */
  INVALID_TIME: 'CALENDAR_INVALID_TIME',
  /** 422: a date is listed twice among the holidays. */
  HOLIDAY_REPEATED: 'CALENDAR_HOLIDAY_REPEATED',
  /** 422: a revision's holiday lies before the date it takes effect from. */
  HOLIDAY_BEFORE_EFFECTIVE_FROM: 'CALENDAR_HOLIDAY_BEFORE_EFFECTIVE_FROM',
  /** 422: more holidays than a calendar keeps. */
  TOO_MANY_HOLIDAYS: 'CALENDAR_TOO_MANY_HOLIDAYS',
  /** 422: a revision that changes nothing. */
  EMPTY_REVISION: 'CALENDAR_EMPTY_REVISION',
} as const;
export type CalendarErrorCode = (typeof CalendarErrorCode)[keyof typeof CalendarErrorCode];

/** A calendar rule refused the values (422). */
export class CalendarRuleError extends BusinessRuleError {
  constructor(code: CalendarErrorCode, message: string) {
    super(code, message);
  }
}
