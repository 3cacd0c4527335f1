export class GetEscalationRuleQuery {
  constructor(readonly ruleId: string) {}
}
