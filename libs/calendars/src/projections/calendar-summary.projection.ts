import { Injectable } from '@nestjs/common';
import { AsyncProjection, DocumentProjection, isEvent, StoredEvent } from '@vendorwatch/event-store';
import { Calendar } from '../domain/calendar.aggregate';
import { definedTimeline, revisedTimeline } from '../domain/calendar-state';
import { CalendarDefined, CalendarRevised } from '../domain/calendar.events';
import { CALENDAR_SUMMARY_PROJECTION, CalendarSummary } from './calendar-summary';

/** One document per calendar: its detail and list read model, and what `business-minutes` counts with. */
@Injectable()
@AsyncProjection()
export class CalendarSummaryProjection extends DocumentProjection<CalendarSummary> {
  readonly name = CALENDAR_SUMMARY_PROJECTION;
  readonly table = 'calendar_summaries';

  protected keysOf(event: StoredEvent): string[] {
    return event.streamType === Calendar.streamType ? [event.streamId] : [];
  }

  protected columns(doc: CalendarSummary): Record<string, unknown> {
    return { name: doc.name };
  }

  protected reduce(doc: CalendarSummary | undefined, event: StoredEvent): CalendarSummary | undefined {
    if (isEvent(event, CalendarDefined)) {
      const e = event.data;
      const timeline = definedTimeline(e.timezone, e.weeklyHours, e.holidays);
      return {
        id: e.calendarId,
        name: e.name,
        timezone: e.timezone,
        weeklyHours: e.weeklyHours,
        hoursRevisions: timeline.hours,
        holidays: timeline.holidays,
        definedAt: e.definedAt,
        revisedAt: null,
        version: event.version,
      };
    }
    if (!doc || !isEvent(event, CalendarRevised)) return doc;
    const e = event.data;
    const timeline = revisedTimeline({ timezone: doc.timezone, hours: doc.hoursRevisions, holidays: doc.holidays }, e);
    return {
      ...doc,
      name: e.name ?? doc.name,
      weeklyHours: timeline.hours[timeline.hours.length - 1].weeklyHours as CalendarSummary['weeklyHours'],
      hoursRevisions: timeline.hours,
      holidays: timeline.holidays,
      revisedAt: e.revisedAt,
      version: event.version,
    };
  }
}
