import { Injectable } from '@nestjs/common';
import { DocumentProjection, StoredEvent } from '@vendorwatch/event-store';
import { Vendor } from '../domain/vendor.aggregate';
import { VENDOR_SUMMARY_PROJECTION, VendorSummary } from './vendor-summary';
import { CONTRACT_DRAFTED, nextSummary, registeredSummary } from './vendor-summary.fold';

/** One document per vendor: the vendor detail and list read model. */
@Injectable()
export class VendorSummaryProjection extends DocumentProjection<VendorSummary> {
  readonly name = VENDOR_SUMMARY_PROJECTION;
  readonly table = 'vendor_summaries';

  protected keysOf(event: StoredEvent): string[] {
    if (event.streamType === Vendor.streamType) return [event.streamId];
    if (event.type === CONTRACT_DRAFTED && typeof event.data.vendorId === 'string') return [event.data.vendorId];
    return [];
  }

  protected columns(doc: VendorSummary): Record<string, unknown> {
    return { name: doc.name, status: doc.status };
  }

  protected reduce(doc: VendorSummary | undefined, event: StoredEvent): VendorSummary | undefined {
    if (event.type === 'VendorRegistered') return registeredSummary(event);
    if (!doc) return undefined;
    const next = event.streamType === Vendor.streamType ? { ...doc, version: event.version } : doc;
    return nextSummary(next, event);
  }
}
