import { Query } from '@nestjs/cqrs';
import { toAuditEvent } from '@vendorwatch/event-store';

export class GetContractHistoryQuery extends Query<{ items: ReturnType<typeof toAuditEvent>[]; total: number }> {
  constructor(
    readonly contractId: string,
    readonly page: { limit: number; offset: number },
  ) {
    super();
  }
}
