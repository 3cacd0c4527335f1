import { Injectable } from '@nestjs/common';
import { AggregateRepository, InjectAggregateRepository, NotFoundError } from '@vendorwatch/event-store';
import { VendorScope } from '@vendorwatch/identity';
import { EntityManager } from 'typeorm';
import { Contract, ContractStatus } from '../domain/contract.aggregate';
import { Money } from '../domain/contract-terms';

/** The facts of a contract other contexts act on (SLA credits, vendor scope), current as of its last event. */
export interface ContractFactsView {
  contractId: string;
  vendorId: string;
  status: ContractStatus;
  monthlyFee: Money;
  /** Per calendar month, credits stop at this % of the monthly fee; null when the contract sets no cap. */
  serviceCreditCapPercent: number | null;
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
      monthlyFee: contract.terms.monthlyFee,
      serviceCreditCapPercent: contract.terms.serviceCreditCapPercent ?? null,
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
