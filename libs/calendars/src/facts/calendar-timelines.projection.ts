import { Injectable } from '@nestjs/common';
import { DocumentProjection, InlineProjection, InlineReadModel, isEvent, StoredEvent } from '@vendorwatch/event-store';
import { Calendar } from '../domain/calendar.aggregate';
import { CalendarTimeline, definedTimeline, revisedTimeline } from '../domain/calendar-state';
import { CalendarDefined, CalendarRevised } from '../domain/calendar.events';

export interface CalendarTimelineView extends CalendarTimeline {
  calendarId: string;
}

/**
 * Each calendar's hours and holidays over time, written in each calendar append's transaction (ADR 0005): an SLA
 * defined right after its calendar finds it, and a measurement right after a revision counts with it.
 */
@Injectable()
@InlineReadModel()
export class CalendarTimelinesProjection extends DocumentProjection<CalendarTimelineView> implements InlineProjection {
  readonly name = 'calendar-timelines';
  readonly table = 'calendar_timelines';
  readonly streamTypes = [Calendar.streamType];

  protected keysOf(event: StoredEvent): string[] {
    return event.streamType === Calendar.streamType ? [event.streamId] : [];
  }

  protected reduce(doc: CalendarTimelineView | undefined, event: StoredEvent): CalendarTimelineView | undefined {
    if (isEvent(event, CalendarDefined)) {
      const { calendarId, timezone, weeklyHours, holidays } = event.data;
      return { calendarId, ...definedTimeline(timezone, weeklyHours, holidays) };
    }
    if (!doc || !isEvent(event, CalendarRevised)) return doc;
    return { calendarId: doc.calendarId, ...revisedTimeline(doc, event.data) };
  }
}
