import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EventStore, NotFoundError, toAuditEvent } from '@vendorwatch/event-store';
import { Vendor } from '../domain/vendor.aggregate';
import { GetVendorHistoryQuery } from './get-vendor-history.query';

type AuditEvent = ReturnType<typeof toAuditEvent>;

/** The vendor's own events, oldest first, straight from the store (always current: no projection involved). */
@QueryHandler(GetVendorHistoryQuery)
export class GetVendorHistoryHandler implements IQueryHandler<
  GetVendorHistoryQuery,
  { items: AuditEvent[]; total: number }
> {
  constructor(private readonly store: EventStore) {}

  async execute({ vendorId, page }: GetVendorHistoryQuery): Promise<{ items: AuditEvent[]; total: number }> {
    const { items, total } = await this.store.find({ streamId: vendorId, streamType: Vendor.streamType }, page);
    if (total === 0) throw NotFoundError.of('Vendor', vendorId);
    return { items: items.map(toAuditEvent), total };
  }
}
