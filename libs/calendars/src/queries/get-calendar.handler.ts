import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotFoundError } from '@vendorwatch/event-store';
import { DataSource } from 'typeorm';
import { CalendarSummary } from '../projections/calendar-summary';
import { GetCalendarQuery } from './get-calendar.query';

@QueryHandler(GetCalendarQuery)
export class GetCalendarHandler implements IQueryHandler<GetCalendarQuery, CalendarSummary> {
  constructor(private readonly db: DataSource) {}

  async execute({ calendarId }: GetCalendarQuery): Promise<CalendarSummary> {
    const [row] = await this.db.query<{ doc: CalendarSummary }[]>(`SELECT doc FROM calendar_summaries WHERE id = $1`, [
      calendarId,
    ]);
    if (!row) throw NotFoundError.of('Calendar', calendarId);
    return row.doc;
  }
}
