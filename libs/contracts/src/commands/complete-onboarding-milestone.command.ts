import { OnboardingMilestone } from '../domain/contract.events';

export class CompleteOnboardingMilestoneCommand {
  constructor(
    readonly contractId: string,
    readonly milestone: OnboardingMilestone,
    readonly completedAt?: string,
    readonly ifMatch?: number,
  ) {}
}
