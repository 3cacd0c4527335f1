import { Injectable } from '@nestjs/common';
import { ContractFacts } from '@vendorwatch/contracts';
import { NotFoundError } from '@vendorwatch/event-store';
import { ContractQaFacts } from '../domain/contract-qa-facts';

/** What a review's submission also checks: the channels the contract covers. */
export interface ContractReviewFacts extends ContractQaFacts {
  channels: readonly string[];
}

/** The contract facts QA commands act on, from the contracts context's facts API (never lags a contract change). */
@Injectable()
export class ContractQaFactsReader {
  constructor(private readonly contracts: ContractFacts) {}

  async find(contractId: string): Promise<ContractReviewFacts | undefined> {
    const facts = await this.contracts.find(contractId);
    return (
      facts && {
        contractId,
        vendorId: facts.vendorId,
        disputeWindowDays: facts.terms.qaPlan?.disputeWindowDays ?? null,
        channels: facts.terms.channels ?? [],
      }
    );
  }

  async load(contractId: string): Promise<ContractQaFacts> {
    const facts = await this.find(contractId);
    if (!facts) throw NotFoundError.of('Contract', contractId);
    return facts;
  }
}
