import { Query } from '@nestjs/cqrs';
import { EscalationRuleView } from '../projections/escalation-rule-view';

export class ListEscalationRulesQuery extends Query<{ items: EscalationRuleView[]; total: number }> {
  constructor(
    readonly filter: { contractId?: string; status?: 'enabled' | 'disabled' },
    readonly page: { limit: number; offset: number },
  ) {
    super();
  }
}
