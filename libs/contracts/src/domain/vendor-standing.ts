import { BusinessRuleError } from '@vendorwatch/event-store';
import { ContractErrorCode } from './contract-errors';

/** What the contracts context needs to know of a vendor now (drafting, signing), answered by the vendors context. */
export interface VendorStandingView {
  vendorId: string;
  status: 'prospect' | 'approved' | 'rejected' | 'active' | 'suspended' | 'offboarded';
  channels: string[];
}

export type VendorStatus = VendorStandingView['status'];

/** A contract covers only channels its vendor offers: a chat-only vendor cannot be contracted for voice. */
export function assertChannelsOffered(channels: readonly string[] | undefined, vendor: VendorStandingView): void {
  const missing = (channels ?? []).filter((channel) => !vendor.channels.includes(channel));
  if (missing.length) {
    throw new BusinessRuleError(
      ContractErrorCode.CHANNEL_NOT_OFFERED,
      `Vendor ${vendor.vendorId} does not offer ${missing.join(', ')}; it offers ${vendor.channels.join(', ')}.`,
    );
  }
}

const SIGNABLE: readonly VendorStatus[] = ['approved', 'active'];

/** A contract is signed only with a vetted vendor (SPEC §4). */
export function canSignWith(status: VendorStatus): boolean {
  return SIGNABLE.includes(status);
}
