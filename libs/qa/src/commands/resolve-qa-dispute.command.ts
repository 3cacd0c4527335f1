import { QaAnswer } from '../domain/qa-score';
import { DisputeOutcome } from '../domain/qa-review.events';

export class ResolveQaDisputeCommand {
  constructor(
    readonly reviewId: string,
    readonly ifMatch: number | undefined,
    readonly outcome: DisputeOutcome,
    readonly answers: QaAnswer[] | null,
    readonly note: string,
  ) {}
}
