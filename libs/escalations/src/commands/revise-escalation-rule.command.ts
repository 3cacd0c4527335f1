import { EscalationRuleChanges } from '../domain/escalation-rule.events';

export class ReviseEscalationRuleCommand {
  constructor(
    readonly ruleId: string,
    readonly changes: EscalationRuleChanges,
    readonly ifMatch?: number,
  ) {}
}
