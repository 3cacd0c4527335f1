import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EventStore, isEventOf, NotFoundError, toAuditEvent } from '@vendorwatch/event-store';
import { VendorScope } from '@vendorwatch/identity';
import { EscalationRuleDefined } from '../domain/escalation-rule.events';
import { EscalationOpened } from '../domain/escalation.events';
import { GetStreamHistoryQuery } from './get-stream-history.query';

/** Each stream opens with the event that created it, which carries `vendorId`: it tells who may see the stream. */
@QueryHandler(GetStreamHistoryQuery)
export class GetStreamHistoryHandler implements IQueryHandler<GetStreamHistoryQuery> {
  constructor(private readonly store: EventStore) {}

  async execute({ streamType, label, id, page }: GetStreamHistoryQuery) {
    const stream = { streamId: id, streamType };
    const { items: first } = await this.store.find(stream, { limit: 1, offset: 0 });
    const [opening] = first;
    if (!opening || !isEventOf(opening, EscalationRuleDefined, EscalationOpened)) throw NotFoundError.of(label, id);
    VendorScope.assertVisible(opening.data.vendorId, label, id);
    const { items, total } = await this.store.find(stream, page);
    return { items: items.map(toAuditEvent), total };
  }
}
