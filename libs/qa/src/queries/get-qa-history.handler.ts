import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import {
  AggregateRepository,
  EventStore,
  InjectAggregateRepository,
  NotFoundError,
  Page,
  pageOf,
  toAuditEvent,
} from '@vendorwatch/event-store';
import { loadVisibleReview } from '../commands/visible-review';
import { QaReview } from '../domain/qa-review.aggregate';
import { GetQaHistoryQuery } from './get-qa-history.query';

type AuditEvent = ReturnType<typeof toAuditEvent>;

/** A scorecard's or a review's own events; a vendor user sees only its own reviews' history. */
@QueryHandler(GetQaHistoryQuery)
export class GetQaHistoryHandler implements IQueryHandler<GetQaHistoryQuery, Page<AuditEvent>> {
  constructor(
    private readonly store: EventStore,
    @InjectAggregateRepository(QaReview) private readonly reviews: AggregateRepository<QaReview>,
  ) {}

  async execute({ streamType, id, page }: GetQaHistoryQuery): Promise<Page<AuditEvent>> {
    if (streamType === 'QaReview') await loadVisibleReview(this.reviews, id);
    const { items, total } = await this.store.find({ streamId: id, streamType }, page);
    if (total === 0) throw NotFoundError.of(streamType === 'QaReview' ? 'QA review' : 'Scorecard', id);
    return pageOf(items.map(toAuditEvent), total, page);
  }
}
