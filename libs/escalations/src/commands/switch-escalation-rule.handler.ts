import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, Clock, InjectAggregateRepository, WriteResult } from '@vendorwatch/event-store';
import { EscalationRule } from '../domain/escalation-rule.aggregate';
import { SwitchEscalationRuleCommand } from './switch-escalation-rule.command';

@CommandHandler(SwitchEscalationRuleCommand)
export class SwitchEscalationRuleHandler implements ICommandHandler<SwitchEscalationRuleCommand, WriteResult> {
  constructor(
    @InjectAggregateRepository(EscalationRule) private readonly rules: AggregateRepository<EscalationRule>,
    private readonly clock: Clock,
  ) {}

  execute({ ruleId, to, reason, ifMatch }: SwitchEscalationRuleCommand): Promise<WriteResult> {
    return this.rules.update(ruleId, ifMatch, (rule) =>
      to === 'disabled' ? rule.disable(reason, this.clock.now()) : rule.enable(this.clock.now()),
    );
  }
}
