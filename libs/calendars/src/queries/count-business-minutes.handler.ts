import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { businessMinutesBetween } from '../domain/business-timeline';
import { scheduleOf } from '../domain/calendar-state';
import { CountBusinessMinutesQuery } from './count-business-minutes.query';
import { GetCalendarQuery } from './get-calendar.query';

/** Each date counted with the hours in force on it (SPEC §12), from the calendar's read model. */
@QueryHandler(CountBusinessMinutesQuery)
export class CountBusinessMinutesHandler implements IQueryHandler<CountBusinessMinutesQuery, { minutes: number }> {
  constructor(private readonly queries: QueryBus) {}

  async execute({ calendarId, from, to }: CountBusinessMinutesQuery): Promise<{ minutes: number }> {
    const calendar = await this.queries.execute(new GetCalendarQuery(calendarId));
    const schedule = scheduleOf({
      timezone: calendar.timezone,
      hours: calendar.hoursRevisions,
      holidays: calendar.holidays,
    });
    const minutes = businessMinutesBetween(schedule, from.getTime(), to.getTime());
    return { minutes: Math.round(minutes * 100) / 100 };
  }
}
