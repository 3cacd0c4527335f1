import { Injectable } from '@nestjs/common';
import { AggregateRepository, InjectAggregateRepository, NotFoundError } from '@vendorwatch/event-store';
import { VendorScope } from '@vendorwatch/identity';
import { EntityManager } from 'typeorm';
import { Contract, ContractStatus } from '../domain/contract.aggregate';
import { CreditTerms } from '../domain/credit-terms';

/** The facts of a contract other contexts act on (SLA credits, vendor scope), current as of its last event. */
export interface ContractFactsView {
  contractId: string;
  vendorId: string;
  status: ContractStatus;
  /** The fee and credit cap over time, oldest first; `creditTermsAt` picks the ones in force at an instant. */
  creditTerms: readonly CreditTerms[];
  /** `coverage.demand.timezone`: where the client's demand is, and how zone-less interaction times are read. */
  demandTimezone: string | null;
}

/**
 * Read straight from the contract's stream, so a command that follows a contract change sees it at once.
 * Exported for other contexts; `ContractsModule` provides it.
 */
@Injectable()
export class ContractFacts {
  constructor(@InjectAggregateRepository(Contract) private readonly contracts: AggregateRepository<Contract>) {}

  async find(contractId: string, options: { manager?: EntityManager } = {}): Promise<ContractFactsView | undefined> {
    const contract = await this.contracts.tryLoad(contractId, options);
    if (!contract) return undefined;
    return {
      contractId,
      vendorId: contract.vendorId,
      status: contract.status,
      creditTerms: contract.creditTerms,
      demandTimezone: contract.terms.coverage?.demand?.timezone ?? null,
    };
  }

  /** The facts of a contract the caller may see; 404 otherwise (vendor users see only their own). */
  async visible(contractId: string, options: { manager?: EntityManager } = {}): Promise<ContractFactsView> {
    const facts = await this.find(contractId, options);
    if (!facts) throw NotFoundError.of('Contract', contractId);
    VendorScope.assertVisible(facts.vendorId, 'Contract', contractId);
    return facts;
  }
}
