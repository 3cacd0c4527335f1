import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, Clock, InjectAggregateRepository, WriteResult } from '@vendorwatch/event-store';
import { EscalationRule } from '../domain/escalation-rule.aggregate';
import { RuleTargets } from './rule-targets';
import { ReviseEscalationRuleCommand } from './revise-escalation-rule.command';

@CommandHandler(ReviseEscalationRuleCommand)
export class ReviseEscalationRuleHandler implements ICommandHandler<ReviseEscalationRuleCommand, WriteResult> {
  constructor(
    @InjectAggregateRepository(EscalationRule) private readonly rules: AggregateRepository<EscalationRule>,
    private readonly targets: RuleTargets,
    private readonly clock: Clock,
  ) {}

  async execute({ ruleId, changes, ifMatch }: ReviseEscalationRuleCommand): Promise<WriteResult> {
    if (changes.trigger && 'slaId' in changes.trigger) {
      const { contractId } = await this.rules.load(ruleId);
      await this.targets.assertSlaOfContract(changes.trigger.slaId, contractId);
    }
    return this.rules.update(ruleId, ifMatch, (rule) => rule.revise(changes, this.clock.now()));
  }
}
