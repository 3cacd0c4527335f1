import { Query } from '@nestjs/cqrs';
import { EscalationView } from '../projections/escalation-view';

export class GetEscalationQuery extends Query<EscalationView> {
  constructor(
    readonly escalationId: string,
    readonly minPosition?: string,
  ) {
    super();
  }
}
