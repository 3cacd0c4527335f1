import { Injectable } from '@nestjs/common';
import { AsyncProjection, Clock, DocumentProjection, isEventOf, StoredEvent } from '@vendorwatch/event-store';
import { EntityManager } from 'typeorm';
import { VendorChecklistFacts } from '../domain/checklist/checklist-facts';
import { foldVendorFacts, VENDOR_FACT_EVENTS } from './vendor-facts.fold';
import { VENDOR_FACTS_PROJECTION } from './reporting-projections';
import { refreshVendorRanking, VENDOR_RANKING_TABLE } from './vendor-ranking.rows';

/**
 * One document per vendor: the checklist's vendor facts (items 2, 8, 9) and its contracts' statuses; and the
 * vendor's ranking row, re-evaluated as its facts change (ADR 0016).
 */
@Injectable()
@AsyncProjection()
export class VendorFactsProjection extends DocumentProjection<VendorChecklistFacts> {
  readonly name = VENDOR_FACTS_PROJECTION;
  readonly table = 'reporting_vendor_facts';

  constructor(private readonly clock: Clock) {
    super();
  }

  override get tables(): readonly string[] {
    return [this.table, VENDOR_RANKING_TABLE];
  }

  override async apply(events: StoredEvent[], manager: EntityManager): Promise<void> {
    await super.apply(events, manager);
    await refreshVendorRanking(
      manager,
      events.flatMap((event) => this.keysOf(event)),
      this.clock.now(),
    );
  }

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
