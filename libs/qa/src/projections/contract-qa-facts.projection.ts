import { Injectable } from '@nestjs/common';
import { ContractAmended, ContractDrafted } from '@vendorwatch/contracts';
import { AsyncProjection, DocumentProjection, isEventOf, StoredEvent } from '@vendorwatch/event-store';
import { ContractQaFacts, foldContractQaFacts } from '../domain/contract-qa-facts';

/** Which contracts exist and whose they are, for the QA summary's 404 and vendor scope. */
@Injectable()
@AsyncProjection()
export class ContractQaFactsProjection extends DocumentProjection<ContractQaFacts> {
  static readonly projectionName = 'qa-contract-facts';
  readonly name = ContractQaFactsProjection.projectionName;
  readonly table = 'qa_contract_facts';

  protected keysOf(event: StoredEvent): string[] {
    return isEventOf(event, ContractDrafted, ContractAmended) ? [event.data.contractId] : [];
  }

  protected reduce(doc: ContractQaFacts | undefined, event: StoredEvent): ContractQaFacts | undefined {
    return foldContractQaFacts(doc, event);
  }

  protected override columns(doc: ContractQaFacts): Record<string, unknown> {
    return { vendor_id: doc.vendorId };
  }
}
