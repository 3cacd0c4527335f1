/** Disables a rule (it stops firing) or enables it again. */
export class SwitchEscalationRuleCommand {
  constructor(
    readonly ruleId: string,
    readonly to: 'enabled' | 'disabled',
    readonly reason?: string,
    readonly ifMatch?: number,
  ) {}
}
