import { Query } from '@nestjs/cqrs';
import { toAuditEvent } from '@vendorwatch/event-store';

export class GetSlaHistoryQuery extends Query<{ items: ReturnType<typeof toAuditEvent>[]; total: number }> {
  constructor(
    readonly slaId: string,
    readonly page: { limit: number; offset: number },
  ) {
    super();
  }
}
