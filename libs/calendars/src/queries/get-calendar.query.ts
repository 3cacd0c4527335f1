import { Query } from '@nestjs/cqrs';
import type { CalendarSummary } from '../projections/calendar-summary';

export class GetCalendarQuery extends Query<CalendarSummary> {
  constructor(readonly calendarId: string) {
    super();
  }
}
