import { VendorStatus } from '../domain/vendor-status';

export interface VendorFilter {
  status?: VendorStatus;
  /** Part of the name, case-insensitive. */
  q?: string;
  /** Only this vendor (a vendor user's own). */
  vendorId?: string;
}

export class ListVendorsQuery {
  constructor(
    readonly filter: VendorFilter,
    readonly page: { limit: number; offset: number },
  ) {}
}
