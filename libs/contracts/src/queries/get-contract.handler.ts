import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotFoundError, queryRow } from '@vendorwatch/event-store';
import { VendorScope } from '@vendorwatch/identity';
import { DataSource } from 'typeorm';
import { ContractSummary } from '../projections/contract-summary';
import { ContractView, toContractView } from './contract-view';
import { GetContractQuery } from './get-contract.query';

interface SummaryRow {
  doc: ContractSummary;
}

@QueryHandler(GetContractQuery)
export class GetContractHandler implements IQueryHandler<GetContractQuery, ContractView> {
  constructor(private readonly db: DataSource) {}

  async execute({ contractId }: GetContractQuery): Promise<ContractView> {
    const row = await queryRow<SummaryRow>(this.db, `SELECT doc FROM contract_summaries WHERE id = $1`, [contractId]);
    const doc = row?.doc;
    if (!doc) throw NotFoundError.of('Contract', contractId);
    VendorScope.assertVisible(doc.vendorId, 'Contract', contractId);
    return toContractView(doc);
  }
}
