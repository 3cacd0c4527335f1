import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, Clock, InjectAggregateRepository, WriteResult } from '@vendorwatch/event-store';
import { randomUUID } from 'node:crypto';
import { Calendar } from '../domain/calendar.aggregate';
import { DefineCalendarCommand } from './define-calendar.command';

@CommandHandler(DefineCalendarCommand)
export class DefineCalendarHandler implements ICommandHandler<DefineCalendarCommand, WriteResult> {
  constructor(
    @InjectAggregateRepository(Calendar) private readonly calendars: AggregateRepository<Calendar>,
    private readonly clock: Clock,
  ) {}

  execute({ definition }: DefineCalendarCommand): Promise<WriteResult> {
    return this.calendars.save(Calendar.define(randomUUID(), definition, this.clock.now().toISOString()));
  }
}
