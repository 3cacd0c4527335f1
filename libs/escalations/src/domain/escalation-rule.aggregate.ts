import { BusinessRuleError, CommonErrorCode, EventSourcedAggregate, InvalidStateError } from '@vendorwatch/event-store';
import { EscalationErrorCode } from './escalation-errors';
import {
  EscalationLevel,
  isRecipient,
  MAX_RECIPIENTS_PER_LEVEL,
  MAX_REPEAT,
  Severity,
  SEVERITIES,
} from './escalation-level';
import {
  EscalationRuleChanges,
  EscalationRuleDefined,
  EscalationRuleDisabled,
  EscalationRuleEnabled,
  EscalationRuleRevised,
} from './escalation-rule.events';
import { EscalationTrigger, triggerProblems } from './escalation-trigger';

export type EscalationRuleStatus = 'enabled' | 'disabled';

export interface EscalationRuleDefinition {
  contractId: string;
  vendorId: string;
  name: string;
  trigger: EscalationTrigger;
  severity: Severity;
  levels: EscalationLevel[];
  /** How many times the ladder starts again at level 1 after its last level; 0 by default. */
  repeat?: number;
  /** How long an acknowledged escalation has to be resolved before it climbs again; none by default. */
  resolveWithinMinutes?: number | null;
}

/** What a contract escalates, how severe it is and who is notified at each level (SPEC §9). */
export class EscalationRule extends EventSourcedAggregate {
  static readonly streamType = 'EscalationRule';
  static readonly events = [
    EscalationRuleDefined,
    EscalationRuleRevised,
    EscalationRuleDisabled,
    EscalationRuleEnabled,
  ];

  contractId: string;
  vendorId: string;
  name: string;
  trigger: EscalationTrigger;
  severity: Severity;
  levels: EscalationLevel[];
  repeat: number;
  resolveWithinMinutes: number | null;
  status: EscalationRuleStatus;

  static define(id: string, definition: EscalationRuleDefinition, now: Date): EscalationRule {
    assertValid(definition);
    const rule = new EscalationRule();
    rule.id = id;
    const { contractId, vendorId, name, trigger, severity, levels, repeat, resolveWithinMinutes } = definition;
    rule.apply(
      new EscalationRuleDefined(
        id,
        contractId,
        vendorId,
        name,
        trigger,
        severity,
        levels,
        now.toISOString(),
        repeat ?? 0,
        resolveWithinMinutes ?? null,
      ),
    );
    return rule;
  }

  /** Applies only the fields that differ; a revision that changes nothing records nothing. */
  revise(changes: EscalationRuleChanges, now: Date): void {
    assertValid(changes);
    const changed = Object.fromEntries(
      Object.entries(changes).filter(
        ([field, value]) =>
          value !== undefined && JSON.stringify(value) !== JSON.stringify(this[field as keyof EscalationRuleChanges]),
      ),
    ) as EscalationRuleChanges;
    if (Object.keys(changed).length === 0) return;
    this.apply(new EscalationRuleRevised(this.id, this.contractId, this.vendorId, changed, now.toISOString()));
  }

  disable(reason: string | undefined, now: Date): void {
    if (this.status === 'disabled')
      throw new InvalidStateError(CommonErrorCode.INVALID_STATUS, `Escalation rule ${this.id} is already disabled.`);
    this.apply(new EscalationRuleDisabled(this.id, this.contractId, this.vendorId, reason ?? null, now.toISOString()));
  }

  enable(now: Date): void {
    if (this.status === 'enabled')
      throw new InvalidStateError(CommonErrorCode.INVALID_STATUS, `Escalation rule ${this.id} is already enabled.`);
    this.apply(new EscalationRuleEnabled(this.id, this.contractId, this.vendorId, now.toISOString()));
  }

  onEscalationRuleDefined(event: EscalationRuleDefined): void {
    this.contractId = event.contractId;
    this.vendorId = event.vendorId;
    this.name = event.name;
    this.trigger = event.trigger;
    this.severity = event.severity;
    this.levels = event.levels;
    this.repeat = event.repeat;
    this.resolveWithinMinutes = event.resolveWithinMinutes;
    this.status = 'enabled';
  }

  onEscalationRuleRevised(event: EscalationRuleRevised): void {
    Object.assign(this, event.changes);
  }

  onEscalationRuleDisabled(): void {
    this.status = 'disabled';
  }

  onEscalationRuleEnabled(): void {
    this.status = 'enabled';
  }
}

function assertValid(fields: Partial<EscalationRuleDefinition>): void {
  const problems: string[] = [];
  if (fields.name !== undefined && fields.name.trim() === '') problems.push('name must not be empty');
  if (fields.severity !== undefined && !SEVERITIES.includes(fields.severity)) {
    problems.push(`severity must be one of ${SEVERITIES.join(', ')}`);
  }
  if (fields.trigger !== undefined) problems.push(...triggerProblems(fields.trigger));
  if (fields.levels !== undefined) problems.push(...levelProblems(fields.levels));
  if (fields.repeat !== undefined && !isWholeIn(fields.repeat, 0, MAX_REPEAT))
    problems.push(`repeat must be an integer from 0 to ${MAX_REPEAT}`);
  if (
    fields.resolveWithinMinutes !== undefined &&
    fields.resolveWithinMinutes !== null &&
    !isWholeIn(fields.resolveWithinMinutes, 1, Number.MAX_SAFE_INTEGER)
  )
    problems.push('resolveWithinMinutes must be an integer ≥ 1');
  if (problems.length)
    throw new BusinessRuleError(
      EscalationErrorCode.ESCALATION_RULE_INVALID,
      `The escalation rule is not valid: ${problems.join('; ')}.`,
      problems,
    );
}

function levelProblems(levels: EscalationLevel[]): string[] {
  if (levels.length === 0) return ['levels must hold at least one level'];
  return levels.flatMap((level, index) => [
    ...(level.notify.trim() === '' ? [`levels[${index}].notify must not be empty`] : []),
    ...(Number.isInteger(level.ackWithinMinutes) && level.ackWithinMinutes >= 1
      ? []
      : [`levels[${index}].ackWithinMinutes must be an integer ≥ 1`]),
    ...recipientProblems(level.recipients ?? [], `levels[${index}].recipients`),
  ]);
}

function recipientProblems(recipients: string[], path: string): string[] {
  if (recipients.length > MAX_RECIPIENTS_PER_LEVEL) return [`${path} must hold at most ${MAX_RECIPIENTS_PER_LEVEL}`];
  return recipients
    .map((recipient, index) =>
      isRecipient(recipient) ? undefined : `${path}[${index}] must be an email address or user:<userId>`,
    )
    .filter((problem): problem is string => problem !== undefined);
}

function isWholeIn(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}
