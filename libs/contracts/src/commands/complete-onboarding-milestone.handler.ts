import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, Clock, InjectAggregateRepository, WriteResult } from '@vendorwatch/event-store';
import { Contract } from '../domain/contract.aggregate';
import { CompleteOnboardingMilestoneCommand } from './complete-onboarding-milestone.command';

@CommandHandler(CompleteOnboardingMilestoneCommand)
export class CompleteOnboardingMilestoneHandler implements ICommandHandler<
  CompleteOnboardingMilestoneCommand,
  WriteResult
> {
  constructor(
    @InjectAggregateRepository(Contract) private readonly contracts: AggregateRepository<Contract>,
    private readonly clock: Clock,
  ) {}

  execute({ contractId, milestone, completedAt, ifMatch }: CompleteOnboardingMilestoneCommand): Promise<WriteResult> {
    return this.contracts.update(contractId, ifMatch, (c) =>
      c.completeMilestone(milestone, completedAt, this.clock.now()),
    );
  }
}
