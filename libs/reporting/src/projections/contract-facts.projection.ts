import { Injectable } from '@nestjs/common';
import { AsyncProjection, DocumentProjection, isEventOf, StoredEvent } from '@vendorwatch/event-store';
import { ContractChecklistFacts } from '../domain/checklist/checklist-facts';
import { CONTRACT_FACT_EVENTS, foldContractFacts } from './contract-facts.fold';
import { CONTRACT_FACTS_PROJECTION } from './reporting-projections';

/** One document per contract: the checklist's contract facts, so a checklist is one indexed lookup. */
@Injectable()
@AsyncProjection()
export class ContractFactsProjection extends DocumentProjection<ContractChecklistFacts> {
  readonly name = CONTRACT_FACTS_PROJECTION;
  readonly table = 'reporting_contract_facts';

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
