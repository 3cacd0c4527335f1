import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EventStore, NotFoundError, toAuditEvent } from '@vendorwatch/event-store';
import { VendorScope } from '@vendorwatch/identity';
import { GetStreamHistoryQuery } from './get-stream-history.query';

/** Every event of both aggregates carries `vendorId`, so the first one tells who may see the stream. */
@QueryHandler(GetStreamHistoryQuery)
export class GetStreamHistoryHandler implements IQueryHandler<GetStreamHistoryQuery> {
  constructor(private readonly store: EventStore) {}

  async execute({ streamType, label, id, page }: GetStreamHistoryQuery) {
    const stream = { streamId: id, streamType };
    const { items: first } = await this.store.find(stream, { limit: 1, offset: 0 });
    if (first.length === 0) throw NotFoundError.of(label, id);
    VendorScope.assertVisible(first[0].data.vendorId, label, id);
    const { items, total } = await this.store.find(stream, page);
    return { items: items.map(toAuditEvent), total };
  }
}
