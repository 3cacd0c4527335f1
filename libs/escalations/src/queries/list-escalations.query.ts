import { Query } from '@nestjs/cqrs';
import { EscalationStatus } from '../domain/escalation.aggregate';
import { Severity } from '../domain/escalation-level';
import { EscalationSummary } from '../projections/escalation-view';

export class ListEscalationsQuery extends Query<{ items: EscalationSummary[]; total: number }> {
  constructor(
    readonly filter: { contractId?: string; vendorId?: string; status?: EscalationStatus; severity?: Severity },
    readonly page: { limit: number; offset: number },
    readonly minPosition?: string,
  ) {
    super();
  }
}
