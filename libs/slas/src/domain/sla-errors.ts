/** The SLA context's error codes (SPEC §1 `code`); a retired SLA's refusals are `INVALID_STATUS`. */
export const SlaErrorCode = {
  /** 409: the contract is terminated; it takes no new SLAs. */
  CONTRACT_TERMINATED: 'CONTRACT_TERMINATED',
  /** 422: the metric does not take an objective of that kind. */
  OBJECTIVE_KIND_NOT_ALLOWED: 'OBJECTIVE_KIND_NOT_ALLOWED',
  /** 422: a percent metric's target outside 0–100. */
  TARGET_OUT_OF_RANGE: 'TARGET_OUT_OF_RANGE',
  /** 422: a measured value the metric cannot take (percent metrics are 0–100). */
  VALUE_OUT_OF_RANGE: 'VALUE_OUT_OF_RANGE',
  /** 422: periodStart is not the first instant of a week or month (UTC). */
  PERIOD_START_NOT_ON_BOUNDARY: 'PERIOD_START_NOT_ON_BOUNDARY',
  /** 409: the period has no figure yet, so there is nothing to dispute. */
  PERIOD_NOT_MEASURED: 'PERIOD_NOT_MEASURED',
  /** 409: the period's dispute window has closed (SPEC §13). */
  DISPUTE_WINDOW_CLOSED: 'DISPUTE_WINDOW_CLOSED',
  /** 409: the period already has an open dispute. */
  DISPUTE_ALREADY_OPEN: 'DISPUTE_ALREADY_OPEN',
  /** 409: a resolution for a period without an open dispute. */
  NO_OPEN_DISPUTE: 'NO_OPEN_DISPUTE',
  /** 422: an adjusted resolution without the value. */
  ADJUSTED_VALUE_REQUIRED: 'ADJUSTED_VALUE_REQUIRED',
} as const;
export type SlaErrorCode = (typeof SlaErrorCode)[keyof typeof SlaErrorCode];
