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
export { GetQaSummaryQuery } from './queries/get-qa-summary.query';
export type { ContractQaSummary } from './queries/get-qa-summary.handler';
export { ListQaReviewsQuery } from './queries/list-qa-reviews.query';
export { QaReviewListProjection } from './projections/qa-review-list.projection';
export type { QaReviewView } from './projections/qa-review-list.projection';
export { ContractQaFactsProjection } from './projections/contract-qa-facts.projection';
export type { ScorecardCriterion } from './domain/scorecard-criterion';
export { QA_REVIEW_STATUSES, DEFAULT_DISPUTE_WINDOW_DAYS } from './domain/qa-review-status';
export type { QaReviewStatus } from './domain/qa-review-status';
