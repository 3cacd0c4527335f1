import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotFoundError } from '@vendorwatch/event-store';
import { VendorScope } from '@vendorwatch/identity';
import { DataSource } from 'typeorm';
import { SlaSummary } from '../projections/sla-summary';
import { GetSlaQuery } from './get-sla.query';
import { SlaView, toSlaView } from './sla-view';

@QueryHandler(GetSlaQuery)
export class GetSlaHandler implements IQueryHandler<GetSlaQuery, SlaView> {
  constructor(private readonly db: DataSource) {}

  async execute({ slaId }: GetSlaQuery): Promise<SlaView> {
    const [row] = await this.db.query(`SELECT doc FROM sla_summaries WHERE id = $1`, [slaId]);
    const doc: SlaSummary | undefined = row?.doc;
    if (!doc) throw NotFoundError.of('SLA', slaId);
    VendorScope.assertVisible(doc.vendorId, 'SLA', slaId);
    return toSlaView(doc);
  }
}
