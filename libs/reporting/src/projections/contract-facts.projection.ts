import { Injectable } from '@nestjs/common';
import {
  AsyncProjection,
  Clock,
  DocumentProjection,
  isEventOf,
  queryRows,
  StoredEvent,
} from '@vendorwatch/event-store';
import { EntityManager } from 'typeorm';
import { ContractChecklistFacts } from '../domain/checklist/checklist-facts';
import { CONTRACT_FACT_EVENTS, foldContractFacts } from './contract-facts.fold';
import { CONTRACT_FACTS_PROJECTION } from './reporting-projections';
import { refreshVendorRanking } from './vendor-ranking.rows';

/**
 * One document per contract: the checklist's contract facts, so a checklist is one indexed lookup; the ranking rows
 * of the vendors whose contracts changed are re-evaluated with them (ADR 0016).
 */
@Injectable()
@AsyncProjection()
export class ContractFactsProjection extends DocumentProjection<ContractChecklistFacts> {
  readonly name = CONTRACT_FACTS_PROJECTION;
  readonly table = 'reporting_contract_facts';

  constructor(private readonly clock: Clock) {
    super();
  }

  override async apply(events: StoredEvent[], manager: EntityManager): Promise<void> {
    await super.apply(events, manager);
    const contractIds = [...new Set(events.flatMap((event) => this.keysOf(event)))];
    if (contractIds.length === 0) return;
    const vendors = await queryRows<{ vendorId: string }>(
      manager,
      `SELECT DISTINCT vendor_id AS "vendorId" FROM ${this.table} WHERE id = ANY($1)`,
      [contractIds],
    );
    await refreshVendorRanking(
      manager,
      vendors.map((v) => v.vendorId),
      this.clock.now(),
    );
  }

  protected keysOf(event: StoredEvent): string[] {
    return isEventOf(event, ...CONTRACT_FACT_EVENTS) ? [event.data.contractId] : [];
  }

  protected reduce(doc: ContractChecklistFacts | undefined, event: StoredEvent): ContractChecklistFacts | undefined {
    return foldContractFacts(doc, event);
  }

  protected override columns(doc: ContractChecklistFacts): Record<string, unknown> {
    return { vendor_id: doc.vendorId, status: doc.status };
  }
}
