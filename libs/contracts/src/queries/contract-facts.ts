import { Injectable } from '@nestjs/common';
import { NotFoundError, queryRow } from '@vendorwatch/event-store';
import { VendorScope } from '@vendorwatch/identity';
import { DataSource, EntityManager } from 'typeorm';
import { ContractFactsView } from '../facts/contract-facts.fold';

/**
 * The contracts context's facts API: read from its inline read model, so a command that follows a contract change
 * sees it at once, inside the caller's transaction when a manager is given. Provided by `ContractsModule`.
 */
@Injectable()
export class ContractFacts {
  constructor(private readonly db: DataSource) {}

  async find(contractId: string, options: { manager?: EntityManager } = {}): Promise<ContractFactsView | undefined> {
    const row = await queryRow<{ doc: ContractFactsView }>(
      options.manager ?? this.db,
      `SELECT doc FROM contract_terms WHERE id = $1`,
      [contractId],
    );
    return row?.doc;
  }

  /** The facts of a contract the caller may see; 404 otherwise (vendor users see only their own). */
  async visible(contractId: string, options: { manager?: EntityManager } = {}): Promise<ContractFactsView> {
    const facts = await this.find(contractId, options);
    if (!facts) throw NotFoundError.of('Contract', contractId);
    VendorScope.assertVisible(facts.vendorId, 'Contract', contractId);
    return facts;
  }
}
