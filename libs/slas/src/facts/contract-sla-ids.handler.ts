import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { GetContractSlaIdsQuery } from '@vendorwatch/contracts';
import { queryRows } from '@vendorwatch/event-store';
import { DataSource } from 'typeorm';

/** The contracts context's question about its SLAs, answered from the inline SLA definitions (retired ones too). */
@QueryHandler(GetContractSlaIdsQuery)
export class ContractSlaIdsHandler implements IQueryHandler<GetContractSlaIdsQuery> {
  constructor(private readonly db: DataSource) {}

  async execute({ contractIds }: GetContractSlaIdsQuery): Promise<Record<string, string[]>> {
    const rows = await queryRows<{ contract_id: string; ids: string[] }>(
      this.db,
      `SELECT contract_id, array_agg(id ORDER BY doc->>'definedAt', id) AS ids FROM sla_definitions
       WHERE contract_id = ANY($1) GROUP BY contract_id`,
      [contractIds],
    );
    return Object.fromEntries(rows.map((row) => [row.contract_id, row.ids]));
  }
}
