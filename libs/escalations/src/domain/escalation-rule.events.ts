import { DomainEvent } from '@vendorwatch/event-store';
import { EscalationLevel, Severity } from './escalation-level';
import { EscalationTrigger } from './escalation-trigger';

/** Version 2 added `repeat` and `resolveWithinMinutes`; older rules read as 0 and null (see the upcasters). */
export class EscalationRuleDefined extends DomainEvent {
  static readonly type = 'EscalationRuleDefined';
  static readonly schemaVersion = 2;
  constructor(
    readonly ruleId: string,
    readonly contractId: string,
    readonly vendorId: string,
    readonly name: string,
    readonly trigger: EscalationTrigger,
    readonly severity: Severity,
    readonly levels: EscalationLevel[],
    readonly definedAt: string,
    readonly repeat = 0,
    readonly resolveWithinMinutes: number | null = null,
  ) {
    super();
  }
}

/** The changed fields of a revision; a field left out keeps its value. */
export interface EscalationRuleChanges {
  name?: string;
  trigger?: EscalationTrigger;
  severity?: Severity;
  levels?: EscalationLevel[];
  repeat?: number;
  /** null removes the resolution deadline. */
  resolveWithinMinutes?: number | null;
}

export class EscalationRuleRevised extends DomainEvent {
  static readonly type = 'EscalationRuleRevised';
  constructor(
    readonly ruleId: string,
    readonly contractId: string,
    readonly vendorId: string,
    readonly changes: EscalationRuleChanges,
    readonly revisedAt: string,
  ) {
    super();
  }
}

export class EscalationRuleDisabled extends DomainEvent {
  static readonly type = 'EscalationRuleDisabled';
  constructor(
    readonly ruleId: string,
    readonly contractId: string,
    readonly vendorId: string,
    readonly reason: string | null,
    readonly disabledAt: string,
  ) {
    super();
  }
}

export class EscalationRuleEnabled extends DomainEvent {
  static readonly type = 'EscalationRuleEnabled';
  constructor(
    readonly ruleId: string,
    readonly contractId: string,
    readonly vendorId: string,
    readonly enabledAt: string,
  ) {
    super();
  }
}
