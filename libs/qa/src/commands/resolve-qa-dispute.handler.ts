import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, Clock, InjectAggregateRepository, WriteResult } from '@vendorwatch/event-store';
import { QaReview } from '../domain/qa-review.aggregate';
import { Scorecard } from '../domain/scorecard.aggregate';
import { actingUserId } from './acting-user';
import { ResolveQaDisputeCommand } from './resolve-qa-dispute.command';

/** Amended answers are scored on the scorecard version the review was first scored on. */
@CommandHandler(ResolveQaDisputeCommand)
export class ResolveQaDisputeHandler implements ICommandHandler<ResolveQaDisputeCommand, WriteResult> {
  constructor(
    @InjectAggregateRepository(QaReview) private readonly reviews: AggregateRepository<QaReview>,
    @InjectAggregateRepository(Scorecard) private readonly scorecards: AggregateRepository<Scorecard>,
    private readonly clock: Clock,
  ) {}

  async execute(command: ResolveQaDisputeCommand): Promise<WriteResult> {
    const { scorecardId, scorecardVersion } = (await this.reviews.load(command.reviewId)).references;
    const criteria = (await this.scorecards.load(scorecardId)).criteriaOf(scorecardVersion);
    return this.reviews.update(command.reviewId, command.ifMatch, (review) =>
      review.resolveDispute(
        {
          outcome: command.outcome,
          answers: command.answers,
          note: command.note,
          resolverId: actingUserId(),
          criteria,
        },
        this.clock.now(),
      ),
    );
  }
}
