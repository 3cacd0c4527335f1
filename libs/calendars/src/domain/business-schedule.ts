import { WeeklyWindow } from './weekly-hours';

/** The weekly hours in force from `effectiveFrom` (a local date; null: from the beginning) until the next revision. */
export interface HoursRevision {
  effectiveFrom: string | null;
  weeklyHours: readonly WeeklyWindow[];
}

/**
 * What business-minute arithmetic needs of a calendar (or of a contract's coverage windows): the time zone, the
 * weekly hours over time (sorted by `effectiveFrom`, the first one from the beginning) and the holiday dates.
 */
export interface BusinessSchedule {
  timezone: string;
  hours: readonly HoursRevision[];
  holidays: ReadonlySet<string>;
}
