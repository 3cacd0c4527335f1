/** The contracts context's error codes (SPEC §1 `code`); a contract's status refusals are `INVALID_STATUS`. */
export const ContractErrorCode = {
  /** 422: the body names a vendor that is not registered. */
  UNKNOWN_VENDOR: 'UNKNOWN_VENDOR',
  /** 409: a contract is signed only with an approved or active vendor. */
  VENDOR_NOT_APPROVED: 'VENDOR_NOT_APPROVED',
  /** 422: endDate is not after startDate. */
  END_BEFORE_START: 'END_BEFORE_START',
  /** 422: an amendment sets a required term to null. */
  REQUIRED_TERM_REMOVED: 'REQUIRED_TERM_REMOVED',
  /** 422: a recorded instant (signedAt, liveAt, heldAt, completedAt) lies in the future. */
  INSTANT_IN_FUTURE: 'INSTANT_IN_FUTURE',
  /** 422: liveAt is before the contract was signed. */
  LIVE_BEFORE_SIGNED: 'LIVE_BEFORE_SIGNED',
  /** 422: a contract channel the vendor does not offer (its registration lists its channels). */
  CHANNEL_NOT_OFFERED: 'CHANNEL_NOT_OFFERED',
  /** 409: the onboarding milestone was already completed. */
  MILESTONE_ALREADY_COMPLETED: 'MILESTONE_ALREADY_COMPLETED',
} as const;
export type ContractErrorCode = (typeof ContractErrorCode)[keyof typeof ContractErrorCode];
