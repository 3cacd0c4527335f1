import { Query } from '@nestjs/cqrs';
import type { CalendarSummary } from '../projections/calendar-summary';

export class ListCalendarsQuery extends Query<{ items: CalendarSummary[]; total: number }> {
  constructor(
    /** Part of the name, case-insensitive. */
    readonly q: string | undefined,
    readonly page: { limit: number; offset: number },
  ) {
    super();
  }
}
