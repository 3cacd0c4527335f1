import { Query } from '@nestjs/cqrs';
import { toAuditEvent } from '@vendorwatch/event-store';

/** The events of one escalation rule or escalation, for `GET …/:id/history`. */
export class GetStreamHistoryQuery extends Query<{ items: ReturnType<typeof toAuditEvent>[]; total: number }> {
  constructor(
    readonly streamType: 'EscalationRule' | 'Escalation',
    readonly label: string,
    readonly id: string,
    readonly page: { limit: number; offset: number },
  ) {
    super();
  }
}
