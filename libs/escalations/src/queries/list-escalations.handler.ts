import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { queryRows } from '@vendorwatch/event-store';
import { VendorScope } from '@vendorwatch/identity';
import { DataSource } from 'typeorm';
import { EscalationSummary } from '../projections/escalation-view';
import { EscalationCauseNames } from './escalation-cause-names';
import { EscalationsCatchUp } from './escalations-catch-up';
import { ListEscalationsQuery } from './list-escalations.query';
import { equalityFilter } from './sql-filter';

@QueryHandler(ListEscalationsQuery)
export class ListEscalationsHandler implements IQueryHandler<ListEscalationsQuery> {
  constructor(
    private readonly db: DataSource,
    private readonly catchUp: EscalationsCatchUp,
    private readonly names: EscalationCauseNames,
  ) {}

  async execute({
    filter,
    page,
    minPosition,
  }: ListEscalationsQuery): Promise<{ items: EscalationSummary[]; total: number }> {
    await this.catchUp.await(minPosition);
    const scope = VendorScope.vendorId();
    if (scope !== undefined && filter.vendorId !== undefined && filter.vendorId !== scope)
      return { items: [], total: 0 };
    const { where, params } = equalityFilter({
      contract_id: filter.contractId,
      vendor_id: scope ?? filter.vendorId,
      status: filter.status,
      severity: filter.severity,
    });
    const [{ total }] = await queryRows<{ total: number }>(
      this.db,
      `SELECT count(*)::int AS total FROM escalations ${where}`,
      params,
    );
    // A list item is the escalation without its timeline (which grows with every step); GET /escalations/:id has it.
    const rows = await queryRows<{ doc: EscalationSummary }>(
      this.db,
      `SELECT doc - 'timeline' || jsonb_build_object('timelineEntries', jsonb_array_length(doc->'timeline')) AS doc
       FROM escalations ${where} ORDER BY opened_at DESC, id LIMIT ${page.limit} OFFSET ${page.offset}`,
      params,
    );
    return { items: await Promise.all(rows.map((r) => this.names.name(r.doc))), total };
  }
}
