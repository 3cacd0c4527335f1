import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { SlaSummary } from '../projections/sla-summary';

export type SlaDefinitionView = Omit<SlaSummary, 'periods'>;

/** The SLAs defined on a contract (from the `sla-summary` read model), for contexts that measure them. */
@Injectable()
export class ContractSlas {
  constructor(private readonly db: DataSource) {}

  async activeOf(contractId: string, options: { manager?: EntityManager } = {}): Promise<SlaDefinitionView[]> {
    const rows: { doc: SlaSummary }[] = await (options.manager ?? this.db).query(
      `SELECT doc FROM sla_summaries WHERE contract_id = $1 AND status = 'active' ORDER BY defined_at, id`,
      [contractId],
    );
    return rows.map(({ doc: { periods: _periods, ...definition } }) => definition);
  }
}
