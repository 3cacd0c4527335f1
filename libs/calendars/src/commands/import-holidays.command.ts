export class ImportHolidaysCommand {
  constructor(
    readonly calendarId: string,
    /** The iCalendar text. */
    readonly file: string,
    /** A local date; undefined: the earliest imported date. */
    readonly effectiveFrom: string | undefined,
    readonly ifMatch?: number,
  ) {}
}
