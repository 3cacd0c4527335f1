export * from './qa.module';
export {
  QaReviewSubmitted,
  QaReviewDisputed,
  QaDisputeResolved,
  QaFeedbackAcknowledged,
} from './domain/qa-review.events';
export type { DisputeOutcome, InteractionChannel, ReviewedInteraction } from './domain/qa-review.events';
export { ScorecardPublished, ScorecardRevised } from './domain/scorecard.events';
export { QaErrorCode } from './domain/qa-errors';
export type { QaAnswer } from './domain/qa-score';
export type { ScorecardCriterion } from './domain/scorecard-criterion';
export { QA_REVIEW_STATUSES, DEFAULT_DISPUTE_WINDOW_DAYS } from './domain/qa-review-status';
export type { QaReviewStatus } from './domain/qa-review-status';
