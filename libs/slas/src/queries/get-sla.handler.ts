import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotFoundError, queryRow } from '@vendorwatch/event-store';
import { VendorScope } from '@vendorwatch/identity';
import { DataSource } from 'typeorm';
import { SlaSummary } from '../projections/sla-summary';
import { GetSlaQuery } from './get-sla.query';
import { SlaView, toSlaView } from './sla-view';

interface SummaryRow {
  doc: SlaSummary;
}

@QueryHandler(GetSlaQuery)
export class GetSlaHandler implements IQueryHandler<GetSlaQuery, SlaView> {
  constructor(private readonly db: DataSource) {}

  async execute({ slaId }: GetSlaQuery): Promise<SlaView> {
    const doc = (await queryRow<SummaryRow>(this.db, `SELECT doc FROM sla_summaries WHERE id = $1`, [slaId]))?.doc;
    if (!doc) throw NotFoundError.of('SLA', slaId);
    VendorScope.assertVisible(doc.vendorId, 'SLA', slaId);
    return toSlaView(doc);
  }
}
