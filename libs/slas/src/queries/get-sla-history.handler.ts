import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AggregateRepository, EventStore, InjectAggregateRepository, toAuditEvent } from '@vendorwatch/event-store';
import { VendorScope } from '@vendorwatch/identity';
import { Sla } from '../domain/sla.aggregate';
import { GetSlaHistoryQuery } from './get-sla-history.query';

@QueryHandler(GetSlaHistoryQuery)
export class GetSlaHistoryHandler implements IQueryHandler<GetSlaHistoryQuery> {
  constructor(
    @InjectAggregateRepository(Sla) private readonly slas: AggregateRepository<Sla>,
    private readonly store: EventStore,
  ) {}

  async execute({ slaId, page }: GetSlaHistoryQuery) {
    const sla = await this.slas.load(slaId);
    VendorScope.assertVisible(sla.vendorId, 'SLA', slaId);
    const { items, total } = await this.store.find({ streamId: slaId, streamType: Sla.streamType }, page);
    return { items: items.map(toAuditEvent), total };
  }
}
