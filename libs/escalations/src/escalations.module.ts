import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ContractsModule } from '@vendorwatch/contracts';
import { EventStoreModule } from '@vendorwatch/event-store';
import { SlasModule } from '@vendorwatch/slas';
import { AcknowledgeEscalationHandler } from './commands/acknowledge-escalation.handler';
import { RuleTargets } from './commands/rule-targets';
import { DefineEscalationRuleHandler } from './commands/define-escalation-rule.handler';
import { ResolveEscalationHandler } from './commands/resolve-escalation.handler';
import { ReviseEscalationRuleHandler } from './commands/revise-escalation-rule.handler';
import { SwitchEscalationRuleHandler } from './commands/switch-escalation-rule.handler';
import { EscalationDeadlineJob } from './deadlines/escalation-deadline.job';
import { EscalationRule } from './domain/escalation-rule.aggregate';
import { Escalation } from './domain/escalation.aggregate';
import { ESCALATION_UPCASTERS } from './domain/escalation.upcasters';
import { EscalationRulesController } from './http/escalation-rules.controller';
import { EscalationsController } from './http/escalations.controller';
import { EscalationRulesProjection } from './projections/escalation-rules.projection';
import { EscalationsProjection } from './projections/escalations.projection';
import { EscalationRuleDirectory } from './queries/escalation-rule-directory';
import { EscalationCauseNames } from './queries/escalation-cause-names';
import { EscalationsCatchUp } from './queries/escalations-catch-up';
import { GetEscalationRuleHandler } from './queries/get-escalation-rule.handler';
import { GetEscalationHandler } from './queries/get-escalation.handler';
import { GetStreamHistoryHandler } from './queries/get-stream-history.handler';
import { ListEscalationRulesHandler } from './queries/list-escalation-rules.handler';
import { ListEscalationsHandler } from './queries/list-escalations.handler';
import { EscalationMailOutcomes } from './notifications/escalation-mail-outcomes';
import { EscalationNotificationsProcess } from './notifications/escalation-notifications.process';
import { EscalationTriggersProcess } from './triggers/escalation-triggers.process';

/** Escalation rules, escalations, the trigger process that opens them and the deadline clock that raises them (SPEC §9). */
@Module({
  imports: [
    CqrsModule,
    ContractsModule,
    SlasModule,
    EventStoreModule.forFeature({ aggregates: [EscalationRule, Escalation], upcasters: ESCALATION_UPCASTERS }),
  ],
  controllers: [EscalationRulesController, EscalationsController],
  providers: [
    // The trigger process first: the escalations it appends reach the read model in the same engine pass.
    EscalationTriggersProcess,
    EscalationRulesProjection,
    EscalationsProjection,
    EscalationDeadlineJob,
    EscalationNotificationsProcess,
    EscalationMailOutcomes,

    RuleTargets,
    EscalationsCatchUp,
    EscalationCauseNames,
    EscalationRuleDirectory,
    DefineEscalationRuleHandler,
    ReviseEscalationRuleHandler,
    SwitchEscalationRuleHandler,
    AcknowledgeEscalationHandler,
    ResolveEscalationHandler,
    ListEscalationRulesHandler,
    GetEscalationRuleHandler,
    ListEscalationsHandler,
    GetEscalationHandler,
    GetStreamHistoryHandler,
  ],
  exports: [EscalationRuleDirectory],
})
export class EscalationsModule {}
