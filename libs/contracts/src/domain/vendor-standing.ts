/** What the contracts context needs to know of a vendor now (drafting, signing), answered by the vendors context. */
export interface VendorStandingView {
  vendorId: string;
  status: 'prospect' | 'approved' | 'rejected' | 'active' | 'suspended' | 'offboarded';
  channels: string[];
}

export type VendorStatus = VendorStandingView['status'];

const SIGNABLE: readonly VendorStatus[] = ['approved', 'active'];

/** A contract is signed only with a vetted vendor (SPEC §4). */
export function canSignWith(status: VendorStatus): boolean {
  return SIGNABLE.includes(status);
}
