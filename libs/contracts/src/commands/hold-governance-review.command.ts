import { GovernanceReview } from '../domain/contract.aggregate';

export class HoldGovernanceReviewCommand {
  constructor(
    readonly contractId: string,
    readonly review: GovernanceReview,
    readonly ifMatch?: number,
  ) {}
}
