import { Injectable } from '@nestjs/common';
import { ContractFacts } from '@vendorwatch/contracts';
import { ContractGate } from '../ports/ingest-ports';

/** Reads the contract from its stream, so an ingest right after the contract is drafted already finds it. */
@Injectable()
export class ContractFactsGate extends ContractGate {
  constructor(private readonly contracts: ContractFacts) {
    super();
  }

  async assertVisible(contractId: string): Promise<{ demandTimezone: string | null }> {
    const { terms } = await this.contracts.visible(contractId);
    return { demandTimezone: terms.coverage?.demand?.timezone ?? null };
  }
}
