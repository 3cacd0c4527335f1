import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, Clock, InjectAggregateRepository, WriteResult } from '@vendorwatch/event-store';
import { disputeWindowDays } from '../domain/contract-qa-facts';
import { QaReview } from '../domain/qa-review.aggregate';
import { actingUserId } from './acting-user';
import { ContractQaFactsReader } from './contract-qa-facts.reader';
import { DisputeQaReviewCommand } from './dispute-qa-review.command';
import { loadVisibleReview } from './visible-review';

/** The window is the contract's current `qaPlan.disputeWindowDays`, counted from submission. */
@CommandHandler(DisputeQaReviewCommand)
export class DisputeQaReviewHandler implements ICommandHandler<DisputeQaReviewCommand, WriteResult> {
  constructor(
    @InjectAggregateRepository(QaReview) private readonly reviews: AggregateRepository<QaReview>,
    private readonly contracts: ContractQaFactsReader,
    private readonly clock: Clock,
  ) {}

  async execute(command: DisputeQaReviewCommand): Promise<WriteResult> {
    const review = await loadVisibleReview(this.reviews, command.reviewId);
    const windowDays = disputeWindowDays(await this.contracts.load(review.references.contractId));
    return this.reviews.update(command.reviewId, command.ifMatch, (current) =>
      current.dispute(command.reason, actingUserId(), windowDays, this.clock.now()),
    );
  }
}
