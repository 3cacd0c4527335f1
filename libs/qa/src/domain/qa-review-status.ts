/** `acknowledged`: the vendor confirmed the coaching was given; it closes the review to further disputes. */
export const QA_REVIEW_STATUSES = ['submitted', 'disputed', 'resolved', 'acknowledged'] as const;

export type QaReviewStatus = (typeof QA_REVIEW_STATUSES)[number];

export const DEFAULT_DISPUTE_WINDOW_DAYS = 14;
