import { BusinessRuleError } from '@vendorwatch/event-store';

/** The stable codes of the calendar rules (SPEC §1: 422s carry a `code`). */
export const CALENDAR_RULES = {
  WINDOWS_OVERLAP: 'CALENDAR_WINDOWS_OVERLAP',
  INVALID_TIME: 'CALENDAR_INVALID_TIME',
  HOLIDAY_REPEATED: 'CALENDAR_HOLIDAY_REPEATED',
  HOLIDAY_BEFORE_EFFECTIVE_FROM: 'CALENDAR_HOLIDAY_BEFORE_EFFECTIVE_FROM',
  TOO_MANY_HOLIDAYS: 'CALENDAR_TOO_MANY_HOLIDAYS',
  EMPTY_REVISION: 'CALENDAR_EMPTY_REVISION',
} as const;

export type CalendarRuleCode = (typeof CALENDAR_RULES)[keyof typeof CALENDAR_RULES];

export class CalendarRuleError extends BusinessRuleError {
  constructor(
    readonly code: CalendarRuleCode,
    message: string,
  ) {
    super(message);
  }
}
