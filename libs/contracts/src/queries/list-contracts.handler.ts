import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { InjectReadDatabase, queryRow, queryRows } from '@vendorwatch/event-store';
import { VendorScope } from '@vendorwatch/identity';
import { DataSource } from 'typeorm';
import { GetContractSlaIdsQuery } from '../facts/contract-sla-ids.query';
import { ContractSummary } from '../projections/contract-summary';
import { ContractView, toContractView } from './contract-view';
import { ListContractsQuery } from './list-contracts.query';

interface CountRow {
  total: number;
}

interface SummaryRow {
  doc: ContractSummary;
}

@QueryHandler(ListContractsQuery)
export class ListContractsHandler implements IQueryHandler<
  ListContractsQuery,
  { items: ContractView[]; total: number }
> {
  constructor(
    @InjectReadDatabase() private readonly db: DataSource,
    private readonly queries: QueryBus,
  ) {}

  async execute({ filter, page }: ListContractsQuery): Promise<{ items: ContractView[]; total: number }> {
    const scope = VendorScope.vendorId();
    const params = [scope ?? null, filter.vendorId ?? null, filter.status ?? null];
    const where = `($1::text IS NULL OR vendor_id = $1) AND ($2::text IS NULL OR vendor_id = $2) AND ($3::text IS NULL OR status = $3)`;
    const count = await queryRow<CountRow>(
      this.db,
      `SELECT count(*)::int AS total FROM contract_summaries WHERE ${where}`,
      params,
    );
    const rows = await queryRows<SummaryRow>(
      this.db,
      `SELECT doc FROM contract_summaries WHERE ${where} ORDER BY drafted_at, id LIMIT $4 OFFSET $5`,
      [...params, page.limit, page.offset],
    );
    const slaIds = await this.queries.execute(new GetContractSlaIdsQuery(rows.map((row) => row.doc.id)));
    return { items: rows.map((row) => toContractView(row.doc, slaIds[row.doc.id] ?? [])), total: count?.total ?? 0 };
  }
}
