/**
 * What contracts need to know about a vendor, derived from the vendors context's events (never its internals).
 * Each of these events carries `data.vendorId`.
 */
export const VENDOR_STATUS_BY_EVENT = {
  VendorRegistered: 'prospect',
  VendorApproved: 'approved',
  VendorRejected: 'rejected',
  VendorActivated: 'active',
  VendorSuspended: 'suspended',
  VendorReinstated: 'active',
  VendorOffboarded: 'offboarded',
} as const;

export type VendorStatus = (typeof VENDOR_STATUS_BY_EVENT)[keyof typeof VENDOR_STATUS_BY_EVENT];

export function vendorStatusAfter(eventType: string): VendorStatus | undefined {
  return VENDOR_STATUS_BY_EVENT[eventType as keyof typeof VENDOR_STATUS_BY_EVENT];
}

const SIGNABLE: readonly VendorStatus[] = ['approved', 'active'];

export function canSignWith(status: VendorStatus): boolean {
  return SIGNABLE.includes(status);
}
