import { CommonErrorCode, InvalidStateError } from '@vendorwatch/event-store';

export const VENDOR_STATUSES = ['prospect', 'approved', 'rejected', 'active', 'suspended', 'offboarded'] as const;
export type VendorStatus = (typeof VENDOR_STATUSES)[number];

const VETTING: readonly VendorStatus[] = ['prospect', 'approved', 'active', 'suspended'];

/**
 * The status machine of SPEC §3 in one table: the statuses each command may run in. Vetting records and roster
 * reports stay possible through the vendor's working life (re-evaluation at renewal), not once it is rejected or
 * offboarded.
 */
export const ALLOWED_STATUSES = {
  evaluate: VETTING,
  recordReferenceCheck: VETTING,
  recordDueDiligence: VETTING,
  reportRoster: VETTING,
  approve: ['prospect'],
  reject: ['prospect'],
  activate: ['approved'],
  suspend: ['active'],
  reinstate: ['suspended'],
  offboard: ['prospect', 'approved', 'rejected', 'active', 'suspended'],
} as const satisfies Record<string, readonly VendorStatus[]>;

export type VendorCommandName = keyof typeof ALLOWED_STATUSES;

const WHAT: Record<VendorCommandName, string> = {
  evaluate: 'be evaluated',
  recordReferenceCheck: 'get a reference check',
  recordDueDiligence: 'get due diligence recorded',
  reportRoster: 'get a roster report',
  approve: 'be approved',
  reject: 'be rejected',
  activate: 'be activated',
  suspend: 'be suspended',
  reinstate: 'be reinstated',
  offboard: 'be offboarded',
};

export function mayRun(command: VendorCommandName, status: VendorStatus): boolean {
  return (ALLOWED_STATUSES[command] as readonly VendorStatus[]).includes(status);
}

/** 409 naming the current status, e.g. "The vendor cannot be approved: it is rejected." */
export function assertMayRun(command: VendorCommandName, status: VendorStatus): void {
  if (!mayRun(command, status)) {
    const allowed = ALLOWED_STATUSES[command].join(' or ');
    const message = `The vendor cannot ${WHAT[command]}: it is ${status} (needs ${allowed}).`;
    throw new InvalidStateError(CommonErrorCode.INVALID_STATUS, message);
  }
}
