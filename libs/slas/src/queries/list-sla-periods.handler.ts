import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotFoundError, Page, pageOf, queryRow } from '@vendorwatch/event-store';
import { VendorScope } from '@vendorwatch/identity';
import { DataSource } from 'typeorm';
import { periodsIn } from '../domain/sla-compliance';
import { periodView, PeriodView } from '../domain/sla-period-record';
import { SlaSummary } from '../projections/sla-summary';
import { ListSlaPeriodsQuery } from './list-sla-periods.query';

@QueryHandler(ListSlaPeriodsQuery)
export class ListSlaPeriodsHandler implements IQueryHandler<ListSlaPeriodsQuery, Page<PeriodView>> {
  constructor(private readonly db: DataSource) {}

  async execute({ slaId, page, range }: ListSlaPeriodsQuery): Promise<Page<PeriodView>> {
    const row = await queryRow<{ doc: SlaSummary }>(this.db, `SELECT doc FROM sla_summaries WHERE id = $1`, [slaId]);
    if (!row) throw NotFoundError.of('SLA', slaId);
    VendorScope.assertVisible(row.doc.vendorId, 'SLA', slaId);
    const periods = periodsIn(row.doc, range);
    const items = periods.slice(page.offset, page.offset + page.limit).map((record) => periodView(record)!);
    return pageOf(items, periods.length, page);
  }
}
