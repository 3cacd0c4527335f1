import { EscalationStatus } from '../domain/escalation.aggregate';
import { Severity } from '../domain/escalation-level';

export class ListEscalationsQuery {
  constructor(
    readonly filter: { contractId?: string; vendorId?: string; status?: EscalationStatus; severity?: Severity },
    readonly page: { limit: number; offset: number },
    readonly minPosition?: string,
  ) {}
}
