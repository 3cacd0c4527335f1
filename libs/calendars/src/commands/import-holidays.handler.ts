import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, Clock, InjectAggregateRepository, WriteResult } from '@vendorwatch/event-store';
import { Calendar } from '../domain/calendar.aggregate';
import { holidaysFromICalendar, SkippedEvent } from '../holiday-import/ical-holidays';
import { ImportHolidaysCommand } from './import-holidays.command';

export interface HolidayImportResult extends WriteResult {
  added: number;
  skipped: SkippedEvent[];
}

/** One `CalendarRevised` for the whole file; a file that adds no new date appends nothing. */
@CommandHandler(ImportHolidaysCommand)
export class ImportHolidaysHandler implements ICommandHandler<ImportHolidaysCommand, HolidayImportResult> {
  constructor(
    @InjectAggregateRepository(Calendar) private readonly calendars: AggregateRepository<Calendar>,
    private readonly clock: Clock,
  ) {}

  async execute({ calendarId, file, effectiveFrom, ifMatch }: ImportHolidaysCommand): Promise<HolidayImportResult> {
    const { holidays, skipped } = holidaysFromICalendar(file);
    const at = this.clock.now().toISOString();
    let added = 0;
    const written = await this.calendars.update(calendarId, ifMatch, (calendar) => {
      added = calendar.importHolidays(holidays, effectiveFrom, at);
    });
    return { ...written, added, skipped };
  }
}
