import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, Clock, InjectAggregateRepository, WriteResult } from '@vendorwatch/event-store';
import { Scorecard } from '../domain/scorecard.aggregate';
import { ReviseScorecardCommand } from './revise-scorecard.command';

@CommandHandler(ReviseScorecardCommand)
export class ReviseScorecardHandler implements ICommandHandler<ReviseScorecardCommand, WriteResult> {
  constructor(
    @InjectAggregateRepository(Scorecard) private readonly scorecards: AggregateRepository<Scorecard>,
    private readonly clock: Clock,
  ) {}

  execute(command: ReviseScorecardCommand): Promise<WriteResult> {
    return this.scorecards.update(command.scorecardId, command.ifMatch, (scorecard) =>
      scorecard.revise(command.name, command.criteria, this.clock.now()),
    );
  }
}
