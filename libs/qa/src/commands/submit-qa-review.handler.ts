import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  AggregateRepository,
  BusinessRuleError,
  Clock,
  InjectAggregateRepository,
  WriteResult,
} from '@vendorwatch/event-store';
import { randomUUID } from 'node:crypto';
import { QaErrorCode } from '../domain/qa-errors';
import { QaReview } from '../domain/qa-review.aggregate';
import { Scorecard } from '../domain/scorecard.aggregate';
import { actingUserId } from './acting-user';
import { ContractQaFactsReader } from './contract-qa-facts.reader';
import { SubmitQaReviewCommand } from './submit-qa-review.command';

/** Scores the review on the scorecard's current version, which the review keeps for good. */
@CommandHandler(SubmitQaReviewCommand)
export class SubmitQaReviewHandler implements ICommandHandler<SubmitQaReviewCommand, WriteResult> {
  constructor(
    @InjectAggregateRepository(QaReview) private readonly reviews: AggregateRepository<QaReview>,
    @InjectAggregateRepository(Scorecard) private readonly scorecards: AggregateRepository<Scorecard>,
    private readonly contracts: ContractQaFactsReader,
    private readonly clock: Clock,
  ) {}

  async execute(command: SubmitQaReviewCommand): Promise<WriteResult> {
    // Ids in the body are values, not the page addressed: an unknown one is 422 (as contracts do for vendorId).
    const contract = await this.contracts.find(command.contractId);
    if (!contract)
      throw new BusinessRuleError(QaErrorCode.UNKNOWN_CONTRACT, `Contract ${command.contractId} does not exist.`);
    const { channel } = command.interaction;
    if (!contract.channels.includes(channel)) {
      throw new BusinessRuleError(
        QaErrorCode.CHANNEL_NOT_IN_CONTRACT,
        `Contract ${contract.contractId} covers ${contract.channels.join(', ') || 'no channel'}; a ${channel} interaction is not one of its interactions.`,
      );
    }
    const scorecard = await this.scorecards.tryLoad(command.scorecardId);
    if (!scorecard)
      throw new BusinessRuleError(QaErrorCode.UNKNOWN_SCORECARD, `Scorecard ${command.scorecardId} does not exist.`);
    const review = QaReview.submit(
      {
        id: randomUUID(),
        contractId: contract.contractId,
        vendorId: contract.vendorId,
        scorecardId: scorecard.id,
        scorecardVersion: scorecard.currentRevision,
        criteria: scorecard.criteriaOf(scorecard.currentRevision),
        interaction: command.interaction,
        agentRef: command.agentRef,
        answers: command.answers,
        reviewerId: actingUserId(),
        comments: command.comments,
        calibrationGroup: command.calibrationGroup,
      },
      this.clock.now(),
    );
    return this.reviews.save(review);
  }
}
