import { QaAnswer } from '../domain/qa-score';
import { ReviewedInteraction } from '../domain/qa-review.events';

export class SubmitQaReviewCommand {
  constructor(
    readonly contractId: string,
    readonly scorecardId: string,
    readonly interaction: ReviewedInteraction,
    readonly agentRef: string,
    readonly answers: QaAnswer[],
    readonly comments: string | null,
    readonly calibrationGroup: string | null,
  ) {}
}
