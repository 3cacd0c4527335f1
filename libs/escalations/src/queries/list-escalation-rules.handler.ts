import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectReadDatabase, queryRows } from '@vendorwatch/event-store';
import { VendorScope } from '@vendorwatch/identity';
import { DataSource } from 'typeorm';
import { EscalationRuleView } from '../projections/escalation-rule-view';
import { ListEscalationRulesQuery } from './list-escalation-rules.query';
import { equalityFilter } from './sql-filter';

@QueryHandler(ListEscalationRulesQuery)
export class ListEscalationRulesHandler implements IQueryHandler<ListEscalationRulesQuery> {
  constructor(@InjectReadDatabase() private readonly db: DataSource) {}

  async execute({ filter, page }: ListEscalationRulesQuery): Promise<{ items: EscalationRuleView[]; total: number }> {
    const { where, params } = equalityFilter({
      contract_id: filter.contractId,
      enabled: filter.status === undefined ? undefined : filter.status === 'enabled',
      vendor_id: VendorScope.vendorId(),
    });
    const [{ total }] = await queryRows<{ total: number }>(
      this.db,
      `SELECT count(*)::int AS total FROM escalation_rules ${where}`,
      params,
    );
    const rows = await queryRows<{ doc: EscalationRuleView }>(
      this.db,
      `SELECT doc FROM escalation_rules ${where} ORDER BY defined_at, id LIMIT ${page.limit} OFFSET ${page.offset}`,
      params,
    );
    return { items: rows.map((r) => r.doc), total };
  }
}
