import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, Clock, InjectAggregateRepository, WriteResult } from '@vendorwatch/event-store';
import { Calendar } from '../domain/calendar.aggregate';
import { ReviseCalendarCommand } from './revise-calendar.command';

@CommandHandler(ReviseCalendarCommand)
export class ReviseCalendarHandler implements ICommandHandler<ReviseCalendarCommand, WriteResult> {
  constructor(
    @InjectAggregateRepository(Calendar) private readonly calendars: AggregateRepository<Calendar>,
    private readonly clock: Clock,
  ) {}

  execute({ calendarId, changes, effectiveFrom, ifMatch }: ReviseCalendarCommand): Promise<WriteResult> {
    const at = this.clock.now().toISOString();
    const from = effectiveFrom ?? at.slice(0, 10);
    return this.calendars.update(calendarId, ifMatch, (calendar) => calendar.revise(changes, from, at));
  }
}
