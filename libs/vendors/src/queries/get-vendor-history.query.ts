import { Query } from '@nestjs/cqrs';
import { toAuditEvent } from '@vendorwatch/event-store';

export class GetVendorHistoryQuery extends Query<{ items: ReturnType<typeof toAuditEvent>[]; total: number }> {
  constructor(
    readonly vendorId: string,
    readonly page: { limit: number; offset: number },
  ) {
    super();
  }
}
