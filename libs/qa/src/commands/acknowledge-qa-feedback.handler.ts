import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, Clock, InjectAggregateRepository, WriteResult } from '@vendorwatch/event-store';
import { QaReview } from '../domain/qa-review.aggregate';
import { actingUserId } from './acting-user';
import { AcknowledgeQaFeedbackCommand } from './acknowledge-qa-feedback.command';
import { loadVisibleReview } from './visible-review';

@CommandHandler(AcknowledgeQaFeedbackCommand)
export class AcknowledgeQaFeedbackHandler implements ICommandHandler<AcknowledgeQaFeedbackCommand, WriteResult> {
  constructor(
    @InjectAggregateRepository(QaReview) private readonly reviews: AggregateRepository<QaReview>,
    private readonly clock: Clock,
  ) {}

  async execute(command: AcknowledgeQaFeedbackCommand): Promise<WriteResult> {
    await loadVisibleReview(this.reviews, command.reviewId);
    return this.reviews.update(command.reviewId, command.ifMatch, (review) =>
      review.acknowledge(command.note, actingUserId(), this.clock.now()),
    );
  }
}
