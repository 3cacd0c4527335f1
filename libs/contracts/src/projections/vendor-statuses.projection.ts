import { Injectable } from '@nestjs/common';
import { DocumentProjection, StoredEvent } from '@vendorwatch/event-store';
import { VendorStatus, vendorStatusAfter } from '../domain/vendor-standing';

export const VENDOR_STATUSES_PROJECTION = 'contract-vendor-statuses';

export interface VendorStanding {
  vendorId: string;
  status: VendorStatus;
}

/** The vendor statuses contracts rely on (drafting needs the vendor, signing its approval), from vendor events. */
@Injectable()
export class VendorStatusesProjection extends DocumentProjection<VendorStanding> {
  readonly name = VENDOR_STATUSES_PROJECTION;
  readonly table = 'contract_vendor_statuses';

  protected keysOf(event: StoredEvent): string[] {
    return vendorStatusAfter(event.type) && typeof event.data?.vendorId === 'string' ? [event.data.vendorId] : [];
  }

  protected override columns(doc: VendorStanding): Record<string, unknown> {
    return { status: doc.status };
  }

  protected reduce(_doc: VendorStanding | undefined, event: StoredEvent, vendorId: string): VendorStanding {
    return { vendorId, status: vendorStatusAfter(event.type)! };
  }
}
