import { Query } from '@nestjs/cqrs';
import { VendorStatus } from '../domain/vendor-status';
import { VendorSummary } from '../projections/vendor-summary';

export interface VendorFilter {
  status?: VendorStatus;
  /** Part of the name, case-insensitive. */
  q?: string;
  /** Only this vendor (a vendor user's own). */
  vendorId?: string;
}

export class ListVendorsQuery extends Query<{ items: VendorSummary[]; total: number }> {
  constructor(
    readonly filter: VendorFilter,
    readonly page: { limit: number; offset: number },
  ) {
    super();
  }
}
