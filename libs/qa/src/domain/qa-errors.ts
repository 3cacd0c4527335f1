/** The QA context's error codes (SPEC §1 `code`); a review's status refusals are `INVALID_STATUS`. */
export const QaErrorCode = {
  /** 409: the review's dispute window (days after submission) has closed. */
  DISPUTE_WINDOW_CLOSED: 'DISPUTE_WINDOW_CLOSED',
  /** 409: the review is already disputed. */
  DISPUTE_ALREADY_OPEN: 'DISPUTE_ALREADY_OPEN',
  /** 409: a review's author cannot resolve its dispute. */
  RESOLVER_IS_REVIEWER: 'RESOLVER_IS_REVIEWER',
  /** 422: an amended resolution carries new answers, an upheld one none. */
  RESOLUTION_ANSWERS_MISMATCH: 'RESOLUTION_ANSWERS_MISMATCH',
  /** 422: every answer is null; at least one criterion must be scored. */
  NO_CRITERION_SCORED: 'NO_CRITERION_SCORED',
  /** 422: an answer names a key that is not a criterion of the scorecard version. */
  UNKNOWN_CRITERION: 'UNKNOWN_CRITERION',
  /** 422: a criterion is answered more than once. */
  CRITERION_ANSWERED_TWICE: 'CRITERION_ANSWERED_TWICE',
  /** 422: a criterion of the scorecard is not answered. */
  CRITERION_UNANSWERED: 'CRITERION_UNANSWERED',
  /** 422: a score outside 0 to the criterion's maxScore. */
  SCORE_OUT_OF_RANGE: 'SCORE_OUT_OF_RANGE',
  /** 422: a scorecard without criteria. */
  SCORECARD_CRITERIA_REQUIRED: 'SCORECARD_CRITERIA_REQUIRED',
  /** 422: two criteria of a scorecard share a key. */
  CRITERION_KEY_REPEATED: 'CRITERION_KEY_REPEATED',
  /** 422: a criterion weight of 0 or less. */
  CRITERION_WEIGHT_NOT_POSITIVE: 'CRITERION_WEIGHT_NOT_POSITIVE',
  /** 422: a criterion maxScore that is not an integer of at least 1. */
  CRITERION_MAX_SCORE_INVALID: 'CRITERION_MAX_SCORE_INVALID',
  /** 422: the reviewed interaction's channel is not one the contract covers (a voice call on a chat-only contract). */
  CHANNEL_NOT_IN_CONTRACT: 'CHANNEL_NOT_IN_CONTRACT',
  /** 422: the body names a contract that does not exist. */
  UNKNOWN_CONTRACT: 'UNKNOWN_CONTRACT',
  /** 422: the body names a scorecard that does not exist. */
  UNKNOWN_SCORECARD: 'UNKNOWN_SCORECARD',
} as const;
export type QaErrorCode = (typeof QaErrorCode)[keyof typeof QaErrorCode];
