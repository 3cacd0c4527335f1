import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, Clock, InjectAggregateRepository, WriteResult } from '@vendorwatch/event-store';
import { Contract } from '../domain/contract.aggregate';
import { HoldGovernanceReviewCommand } from './hold-governance-review.command';

@CommandHandler(HoldGovernanceReviewCommand)
export class HoldGovernanceReviewHandler implements ICommandHandler<HoldGovernanceReviewCommand, WriteResult> {
  constructor(
    @InjectAggregateRepository(Contract) private readonly contracts: AggregateRepository<Contract>,
    private readonly clock: Clock,
  ) {}

  execute({ contractId, review, ifMatch }: HoldGovernanceReviewCommand): Promise<WriteResult> {
    return this.contracts.update(contractId, ifMatch, (c) => c.holdGovernanceReview(review, this.clock.now()));
  }
}
