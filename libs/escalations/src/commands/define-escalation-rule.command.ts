import { EscalationRuleDefinition } from '../domain/escalation-rule.aggregate';

export class DefineEscalationRuleCommand {
  constructor(readonly definition: Omit<EscalationRuleDefinition, 'vendorId'>) {}
}
