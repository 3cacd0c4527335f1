import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EventStore, NotFoundError, toAuditEvent } from '@vendorwatch/event-store';
import { Calendar } from '../domain/calendar.aggregate';
import { GetCalendarHistoryQuery } from './get-calendar-history.query';

type AuditEvent = ReturnType<typeof toAuditEvent>;

/** The calendar's own events, oldest first, straight from the store. */
@QueryHandler(GetCalendarHistoryQuery)
export class GetCalendarHistoryHandler implements IQueryHandler<
  GetCalendarHistoryQuery,
  { items: AuditEvent[]; total: number }
> {
  constructor(private readonly store: EventStore) {}

  async execute({ calendarId, page }: GetCalendarHistoryQuery): Promise<{ items: AuditEvent[]; total: number }> {
    const { items, total } = await this.store.find({ streamId: calendarId, streamType: Calendar.streamType }, page);
    if (total === 0) throw NotFoundError.of('Calendar', calendarId);
    return { items: items.map(toAuditEvent), total };
  }
}
