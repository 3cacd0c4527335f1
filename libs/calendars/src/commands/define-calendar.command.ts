import { CalendarDefinition } from '../domain/calendar.aggregate';

export class DefineCalendarCommand {
  constructor(readonly definition: CalendarDefinition) {}
}
