import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, Clock, InjectAggregateRepository, WriteResult } from '@vendorwatch/event-store';
import { randomUUID } from 'node:crypto';
import { EscalationRule } from '../domain/escalation-rule.aggregate';
import { RuleTargets } from './rule-targets';
import { DefineEscalationRuleCommand } from './define-escalation-rule.command';

@CommandHandler(DefineEscalationRuleCommand)
export class DefineEscalationRuleHandler implements ICommandHandler<DefineEscalationRuleCommand, WriteResult> {
  constructor(
    @InjectAggregateRepository(EscalationRule) private readonly rules: AggregateRepository<EscalationRule>,
    private readonly targets: RuleTargets,
    private readonly clock: Clock,
  ) {}

  async execute({ definition }: DefineEscalationRuleCommand): Promise<WriteResult> {
    const vendorId = await this.targets.vendorOf(definition.contractId);
    if ('slaId' in definition.trigger)
      await this.targets.assertSlaOfContract(definition.trigger.slaId, definition.contractId);
    return this.rules.save(EscalationRule.define(randomUUID(), { ...definition, vendorId }, this.clock.now()));
  }
}
