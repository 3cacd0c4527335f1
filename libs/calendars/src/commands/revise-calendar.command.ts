import { CalendarChanges } from '../domain/calendar.aggregate';

export class ReviseCalendarCommand {
  constructor(
    readonly calendarId: string,
    readonly changes: CalendarChanges,
    /** A local date; undefined: today (UTC, the server's clock). */
    readonly effectiveFrom: string | undefined,
    readonly ifMatch?: number,
  ) {}
}
