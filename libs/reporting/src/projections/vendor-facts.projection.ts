import { Injectable } from '@nestjs/common';
import { AsyncProjection, DocumentProjection, isEventOf, StoredEvent } from '@vendorwatch/event-store';
import { VendorChecklistFacts } from '../domain/checklist/checklist-facts';
import { foldVendorFacts, VENDOR_FACT_EVENTS } from './vendor-facts.fold';
import { VENDOR_FACTS_PROJECTION } from './reporting-projections';

/** One document per vendor: the checklist's vendor facts (items 2, 8, 9) and its contracts' statuses. */
@Injectable()
@AsyncProjection()
export class VendorFactsProjection extends DocumentProjection<VendorChecklistFacts> {
  readonly name = VENDOR_FACTS_PROJECTION;
  readonly table = 'reporting_vendor_facts';

  protected keysOf(event: StoredEvent): string[] {
    return isEventOf(event, ...VENDOR_FACT_EVENTS) ? [event.data.vendorId] : [];
  }

  protected reduce(doc: VendorChecklistFacts | undefined, event: StoredEvent): VendorChecklistFacts | undefined {
    return foldVendorFacts(doc, event);
  }

  protected override columns(doc: VendorChecklistFacts): Record<string, unknown> {
    return { name: doc.name, status: doc.status };
  }
}
