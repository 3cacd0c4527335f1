/** The identity context's error codes (SPEC §1 `code`); disabling a disabled user is `INVALID_STATUS`. */
export const UserErrorCode = {
  /** 409: another user already has this email (case-insensitive). */
  EMAIL_TAKEN: 'EMAIL_TAKEN',
  /** 409: the last active admin cannot be disabled. */
  LAST_ACTIVE_ADMIN: 'LAST_ACTIVE_ADMIN',
  /** 422: a user needs at least one role. */
  ROLE_REQUIRED: 'ROLE_REQUIRED',
  /** 422: a vendor user needs the vendorId of its vendor. */
  VENDOR_ID_REQUIRED: 'VENDOR_ID_REQUIRED',
  /** 422: only vendor users belong to a vendor. */
  VENDOR_ID_NOT_ALLOWED: 'VENDOR_ID_NOT_ALLOWED',
  /** 422: the vendor role is held alone (SPEC §2); a staff user is not a vendor user. */
  VENDOR_ROLE_ALONE: 'VENDOR_ROLE_ALONE',
} as const;
export type UserErrorCode = (typeof UserErrorCode)[keyof typeof UserErrorCode];
