import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { NotFoundError, queryRow } from '@vendorwatch/event-store';
import { VendorScope } from '@vendorwatch/identity';
import { DataSource } from 'typeorm';
import { GetContractSlaIdsQuery } from '../facts/contract-sla-ids.query';
import { ContractSummary } from '../projections/contract-summary';
import { ContractView, toContractView } from './contract-view';
import { GetContractQuery } from './get-contract.query';

interface SummaryRow {
  doc: ContractSummary;
}

@QueryHandler(GetContractQuery)
export class GetContractHandler implements IQueryHandler<GetContractQuery, ContractView> {
  constructor(
    private readonly db: DataSource,
    private readonly queries: QueryBus,
  ) {}

  async execute({ contractId }: GetContractQuery): Promise<ContractView> {
    const row = await queryRow<SummaryRow>(this.db, `SELECT doc FROM contract_summaries WHERE id = $1`, [contractId]);
    const doc = row?.doc;
    if (!doc) throw NotFoundError.of('Contract', contractId);
    VendorScope.assertVisible(doc.vendorId, 'Contract', contractId);
    const slaIds = await this.queries.execute(new GetContractSlaIdsQuery([contractId]));
    return toContractView(doc, slaIds[contractId] ?? []);
  }
}
