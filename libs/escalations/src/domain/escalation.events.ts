import { DomainEvent } from '@vendorwatch/event-store';
import { EscalationCause } from './escalation-cause';
import { EscalationLevel, Severity } from './escalation-level';

/** `levels` is the rule's ladder when the escalation opened: a later revision of the rule does not move it. */
export class EscalationOpened extends DomainEvent {
  static readonly type = 'EscalationOpened';
  constructor(
    readonly escalationId: string,
    readonly ruleId: string,
    readonly ruleName: string,
    readonly contractId: string,
    readonly vendorId: string,
    readonly subject: string,
    readonly cause: EscalationCause,
    readonly severity: Severity,
    readonly levels: EscalationLevel[],
    readonly level: number,
    readonly dueAt: string,
    readonly openedAt: string,
  ) {
    super();
  }
}

export class EscalationRetriggered extends DomainEvent {
  static readonly type = 'EscalationRetriggered';
  constructor(
    readonly escalationId: string,
    readonly ruleId: string,
    readonly contractId: string,
    readonly vendorId: string,
    readonly subject: string,
    readonly cause: EscalationCause,
    readonly retriggeredAt: string,
  ) {
    super();
  }
}

export class EscalationAcknowledged extends DomainEvent {
  static readonly type = 'EscalationAcknowledged';
  constructor(
    readonly escalationId: string,
    readonly contractId: string,
    readonly vendorId: string,
    readonly level: number,
    readonly note: string | null,
    readonly acknowledgedAt: string,
  ) {
    super();
  }
}

export class EscalationLevelRaised extends DomainEvent {
  static readonly type = 'EscalationLevelRaised';
  constructor(
    readonly escalationId: string,
    readonly contractId: string,
    readonly vendorId: string,
    readonly level: number,
    readonly notify: string,
    readonly authority: string | null,
    readonly dueAt: string,
    readonly raisedAt: string,
  ) {
    super();
  }
}

/** The last level's deadline passed unacknowledged; recorded once. */
export class EscalationOverdue extends DomainEvent {
  static readonly type = 'EscalationOverdue';
  constructor(
    readonly escalationId: string,
    readonly contractId: string,
    readonly vendorId: string,
    readonly level: number,
    readonly missedDueAt: string,
    readonly overdueAt: string,
  ) {
    super();
  }
}

export class EscalationResolved extends DomainEvent {
  static readonly type = 'EscalationResolved';
  constructor(
    readonly escalationId: string,
    readonly contractId: string,
    readonly vendorId: string,
    readonly resolution: string,
    readonly resolvedAt: string,
  ) {
    super();
  }
}
