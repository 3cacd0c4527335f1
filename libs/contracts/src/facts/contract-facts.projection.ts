import { Injectable } from '@nestjs/common';
import { DocumentProjection, InlineProjection, InlineReadModel, StoredEvent } from '@vendorwatch/event-store';
import { Contract } from '../domain/contract.aggregate';
import { ContractFactsView, nextContractFacts } from './contract-facts.fold';

/** The contract facts other contexts' commands read, written in each contract append's transaction. */
@Injectable()
@InlineReadModel()
export class ContractFactsProjection extends DocumentProjection<ContractFactsView> implements InlineProjection {
  readonly name = 'contract-facts';
  readonly table = 'contract_terms';
  readonly streamTypes = [Contract.streamType];

  protected keysOf(event: StoredEvent): string[] {
    return event.streamType === Contract.streamType ? [event.streamId] : [];
  }

  protected override columns(doc: ContractFactsView): Record<string, unknown> {
    return { vendor_id: doc.vendorId };
  }

  protected reduce(doc: ContractFactsView | undefined, event: StoredEvent): ContractFactsView | undefined {
    return nextContractFacts(doc, event);
  }
}
