import { Injectable } from '@nestjs/common';
import { EventStore, NotFoundError } from '@vendorwatch/event-store';
import { ContractQaFacts, foldContractQaFacts } from '../domain/contract-qa-facts';

/**
 * Contract facts for commands, folded from the contract's own stream rather than the `qa-contract-facts` read
 * model, so a review submitted right after the contract was drafted never races the projection.
 */
@Injectable()
export class ContractQaFactsReader {
  constructor(private readonly store: EventStore) {}

  async find(contractId: string): Promise<ContractQaFacts | undefined> {
    const events = await this.store.readStream(contractId);
    return events.reduce<ContractQaFacts | undefined>(foldContractQaFacts, undefined);
  }

  async load(contractId: string): Promise<ContractQaFacts> {
    const facts = await this.find(contractId);
    if (!facts) throw NotFoundError.of('Contract', contractId);
    return facts;
  }
}
