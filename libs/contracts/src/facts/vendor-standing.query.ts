import { Query } from '@nestjs/cqrs';
import { VendorStandingView } from '../domain/vendor-standing';

/**
 * Asked by contract commands, answered by the vendors context from its inline read model (ADR 0005). The query is
 * published here because the vendors context already depends on this one's events (go-live activates a vendor):
 * the dependency keeps one direction.
 */
export class GetVendorStandingQuery extends Query<VendorStandingView | undefined> {
  constructor(readonly vendorId: string) {
    super();
  }
}
