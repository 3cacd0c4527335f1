import { Query } from '@nestjs/cqrs';
import { EscalationRuleView } from '../projections/escalation-rule-view';

export class GetEscalationRuleQuery extends Query<EscalationRuleView> {
  constructor(readonly ruleId: string) {
    super();
  }
}
