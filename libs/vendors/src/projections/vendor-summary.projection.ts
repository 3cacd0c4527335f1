import { Injectable } from '@nestjs/common';
import { ContractDrafted } from '@vendorwatch/contracts';
import { AsyncProjection, DocumentProjection, isEvent, StoredEvent } from '@vendorwatch/event-store';
import { Vendor } from '../domain/vendor.aggregate';
import { VendorRegistered } from '../domain/vendor.events';
import { VENDOR_SUMMARY_PROJECTION, VendorSummary } from './vendor-summary';
import { nextSummary, registeredSummary } from './vendor-summary.fold';

/** One document per vendor: the vendor detail and list read model. */
@Injectable()
@AsyncProjection()
export class VendorSummaryProjection extends DocumentProjection<VendorSummary> {
  readonly name = VENDOR_SUMMARY_PROJECTION;
  readonly table = 'vendor_summaries';

  protected keysOf(event: StoredEvent): string[] {
    if (event.streamType === Vendor.streamType) return [event.streamId];
    if (isEvent(event, ContractDrafted)) return [event.data.vendorId];
    return [];
  }

  protected columns(doc: VendorSummary): Record<string, unknown> {
    return { name: doc.name, status: doc.status };
  }

  protected reduce(doc: VendorSummary | undefined, event: StoredEvent): VendorSummary | undefined {
    if (isEvent(event, VendorRegistered)) return registeredSummary(event);
    if (!doc) return undefined;
    const next = event.streamType === Vendor.streamType ? { ...doc, version: event.version } : doc;
    return nextSummary(next, event);
  }
}
