import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, Clock, InjectAggregateRepository, WriteResult } from '@vendorwatch/event-store';
import { randomUUID } from 'node:crypto';
import { Scorecard } from '../domain/scorecard.aggregate';
import { PublishScorecardCommand } from './publish-scorecard.command';

@CommandHandler(PublishScorecardCommand)
export class PublishScorecardHandler implements ICommandHandler<PublishScorecardCommand, WriteResult> {
  constructor(
    @InjectAggregateRepository(Scorecard) private readonly scorecards: AggregateRepository<Scorecard>,
    private readonly clock: Clock,
  ) {}

  execute(command: PublishScorecardCommand): Promise<WriteResult> {
    return this.scorecards.save(Scorecard.publish(randomUUID(), command.name, command.criteria, this.clock.now()));
  }
}
