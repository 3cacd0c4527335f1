import { Injectable } from '@nestjs/common';
import { queryRow } from '@vendorwatch/event-store';
import { DataSource, EntityManager } from 'typeorm';
import { BusinessSchedule } from '../domain/business-schedule';
import { scheduleOf } from '../domain/calendar-state';
import { CalendarTimelineView } from './calendar-timelines.projection';

/**
 * The calendars context's facts API (ADR 0005), read from its inline read model, inside the caller's transaction
 * when a manager is given. Provided by `CalendarsModule`.
 */
@Injectable()
export class CalendarFacts {
  constructor(private readonly db: DataSource) {}

  /** A calendar's hours and holidays over time, or undefined when there is no such calendar. */
  async timelineOf(
    calendarId: string,
    options: { manager?: EntityManager } = {},
  ): Promise<CalendarTimelineView | undefined> {
    const row = await queryRow<{ doc: CalendarTimelineView }>(
      options.manager ?? this.db,
      `SELECT doc FROM calendar_timelines WHERE id = $1`,
      [calendarId],
    );
    return row?.doc;
  }

  /** What business-minute arithmetic needs of a calendar (`BusinessTimeline.covering`), or undefined. */
  async scheduleOf(
    calendarId: string,
    options: { manager?: EntityManager } = {},
  ): Promise<BusinessSchedule | undefined> {
    const timeline = await this.timelineOf(calendarId, options);
    return timeline && scheduleOf(timeline);
  }
}
