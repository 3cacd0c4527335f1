/** The vendors context's error codes (SPEC §1 `code`); the status machine's refusals are `INVALID_STATUS`. */
export const VendorErrorCode = {
  /** 409: another vendor that is not offboarded already uses the name (case-insensitive). */
  VENDOR_NAME_TAKEN: 'VENDOR_NAME_TAKEN',
  /** 422: a vendor is approved only after at least one evaluation. */
  EVALUATION_REQUIRED: 'EVALUATION_REQUIRED',
  /** 422: an evaluation scores each criterion once. */
  CRITERION_REPEATED: 'CRITERION_REPEATED',
  /** 422: an evaluation needs a criterion with a positive weight. */
  WEIGHTS_SUM_TO_ZERO: 'WEIGHTS_SUM_TO_ZERO',
} as const;
export type VendorErrorCode = (typeof VendorErrorCode)[keyof typeof VendorErrorCode];
