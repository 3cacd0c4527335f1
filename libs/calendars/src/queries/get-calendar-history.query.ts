import { Query } from '@nestjs/cqrs';
import type { toAuditEvent } from '@vendorwatch/event-store';

type AuditEvent = ReturnType<typeof toAuditEvent>;

export class GetCalendarHistoryQuery extends Query<{ items: AuditEvent[]; total: number }> {
  constructor(
    readonly calendarId: string,
    readonly page: { limit: number; offset: number },
  ) {
    super();
  }
}
