import { HoursRevision } from '../domain/business-schedule';
import { Holiday } from '../domain/calendar-state';
import { WeeklyWindow } from '../domain/weekly-hours';

/** `GET /calendars/:id`, and each item of `GET /calendars`. */
export interface CalendarSummary {
  id: string;
  name: string;
  timezone: string;
  /** The hours of the latest revision (in force from its `effectiveFrom` on). */
  weeklyHours: WeeklyWindow[];
  /** Every set of hours with the date it took effect (null: from the beginning), oldest first. */
  hoursRevisions: HoursRevision[];
  holidays: Holiday[];
  definedAt: string;
  revisedAt: string | null;
  version: number;
}

export const CALENDAR_SUMMARY_PROJECTION = 'calendar-summary';
