import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { EventStoreModule } from '@vendorwatch/event-store';
import { DefineCalendarHandler } from './commands/define-calendar.handler';
import { ImportHolidaysHandler } from './commands/import-holidays.handler';
import { ReviseCalendarHandler } from './commands/revise-calendar.handler';
import { Calendar } from './domain/calendar.aggregate';
import { CalendarsController } from './http/calendars.controller';
import { CalendarSummaryProjection } from './projections/calendar-summary.projection';
import { CountBusinessMinutesHandler } from './queries/count-business-minutes.handler';
import { GetCalendarHistoryHandler } from './queries/get-calendar-history.handler';
import { GetCalendarHandler } from './queries/get-calendar.handler';
import { ListCalendarsHandler } from './queries/list-calendars.handler';

const COMMAND_HANDLERS = [DefineCalendarHandler, ReviseCalendarHandler, ImportHolidaysHandler];
const QUERY_HANDLERS = [
  GetCalendarHandler,
  ListCalendarsHandler,
  GetCalendarHistoryHandler,
  CountBusinessMinutesHandler,
];

@Module({
  imports: [CqrsModule, EventStoreModule.forFeature({ aggregates: [Calendar] })],
  controllers: [CalendarsController],
  providers: [CalendarSummaryProjection, ...COMMAND_HANDLERS, ...QUERY_HANDLERS],
})
export class CalendarsModule {}
