/**
 * The public face of the escalations context.
 *
 * Read model for other contexts: `EscalationRuleDirectory.rulesOfContract(contractId, { enabledOnly })` returns
 * `EscalationRuleView`s (levels with `authority`, `definedAt`, `status`) from the `escalation-rules` projection
 * (`ESCALATION_RULES_PROJECTION`, to list in `@ReadsProjections`).
 *
 * Events, for projections of other contexts (stream types `EscalationRule` and `Escalation`; every event carries
 * `contractId` and `vendorId`): `EscalationRuleDefined { ruleId, contractId, vendorId, name, trigger, severity,
 * levels, definedAt, repeat, resolveWithinMinutes }`, `EscalationRuleRevised { ruleId, contractId, vendorId, changes,
 * revisedAt }`, `EscalationRuleDisabled`/`EscalationRuleEnabled`; `EscalationOpened { escalationId, ruleId,
 * contractId, vendorId, subject, cause, severity, levels, level, dueAt, openedAt, repeat, resolveWithinMinutes }`,
 * `EscalationRetriggered`, `EscalationAcknowledged { resolveBy }`, `EscalationLevelRaised { level, dueAt, reason }`,
 * `EscalationRepeated { round, level, dueAt, reason }`, `EscalationOverdue { reason }`, `EscalationResolved
 * { resolvedAt }`, `EscalationNotified { recipients, channel, level }`, `EscalationNotificationFailed { recipients,
 * channel, level, reason }`.
 */
export * from './domain/escalation-cause';
export type { CauseNames } from './domain/cause-in-words';
export { EscalationErrorCode } from './domain/escalation-errors';
export * from './domain/escalation-level';
export * from './domain/escalation-rule.events';
export * from './domain/escalation-trigger';
export * from './domain/escalation.events';
export { EscalationDeadlineJob } from './deadlines/escalation-deadline.job';
export * from './escalations.module';
export * from './projections/escalation-rule-view';
export { ESCALATION_RULES_PROJECTION } from './projections/escalation-rules.projection';
export * from './projections/escalation-view';
export { ESCALATIONS_PROJECTION } from './projections/escalations.projection';
export { EscalationRuleDirectory } from './queries/escalation-rule-directory';
export { ListEscalationsQuery } from './queries/list-escalations.query';
export { ESCALATION_TRIGGERS_PROCESS } from './triggers/escalation-triggers.process';
