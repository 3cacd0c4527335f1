import { Injectable } from '@nestjs/common';
import { BusinessRuleError, EventStore } from '@vendorwatch/event-store';

/**
 * The facts a rule definition needs from the contracts and SLA contexts, read from their own streams (not a read
 * model that may lag): the contract's vendor and whether an SLA belongs to the contract.
 */
@Injectable()
export class ContractFacts {
  constructor(private readonly store: EventStore) {}

  /** The contract ids come in the body: an unknown one is a rejected value (422), not a missing page. */
  async vendorOf(contractId: string): Promise<string> {
    const [drafted] = await this.store.readStream(contractId, 1);
    if (drafted?.type !== 'ContractDrafted') throw new BusinessRuleError(`Contract ${contractId} does not exist.`);
    return drafted.data.vendorId;
  }

  async assertSlaOfContract(slaId: string | undefined, contractId: string): Promise<void> {
    if (slaId === undefined) return;
    const [defined] = await this.store.readStream(slaId, 1);
    if (defined?.type !== 'SlaDefined' || defined.data.contractId !== contractId) {
      throw new BusinessRuleError(`SLA ${slaId} is not an SLA of contract ${contractId}.`);
    }
  }
}
