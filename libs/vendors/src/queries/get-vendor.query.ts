import { Query } from '@nestjs/cqrs';
import { VendorSummary } from '../projections/vendor-summary';

export class GetVendorQuery extends Query<VendorSummary> {
  constructor(readonly vendorId: string) {
    super();
  }
}
