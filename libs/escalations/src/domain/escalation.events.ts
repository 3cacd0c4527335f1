import { DomainEvent } from '@vendorwatch/event-store';
import { EscalationCause } from './escalation-cause';
import { EscalationLevel, Severity } from './escalation-level';

/** Why the deadline clock moved an escalation: nobody acknowledged it, or nobody resolved it after acknowledging. */
export type RaiseReason = 'not_acknowledged' | 'not_resolved';

/**
 * `levels`, `repeat` and `resolveWithinMinutes` are the rule's ladder when the escalation opened: a later revision
 * of the rule does not move it. Version 2 added `repeat` and `resolveWithinMinutes`.
 */
export class EscalationOpened extends DomainEvent {
  static readonly type = 'EscalationOpened';
  static readonly schemaVersion = 2;
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
    readonly repeat = 0,
    readonly resolveWithinMinutes: number | null = null,
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

/** `resolveBy` (version 2): when it climbs again unless resolved, for a rule with `resolveWithinMinutes`. */
export class EscalationAcknowledged extends DomainEvent {
  static readonly type = 'EscalationAcknowledged';
  static readonly schemaVersion = 2;
  constructor(
    readonly escalationId: string,
    readonly contractId: string,
    readonly vendorId: string,
    readonly level: number,
    readonly note: string | null,
    readonly acknowledgedAt: string,
    readonly resolveBy: string | null = null,
  ) {
    super();
  }
}

/** `reason` (version 2): a raise of an acknowledged, unresolved escalation must be acknowledged again. */
export class EscalationLevelRaised extends DomainEvent {
  static readonly type = 'EscalationLevelRaised';
  static readonly schemaVersion = 2;
  constructor(
    readonly escalationId: string,
    readonly contractId: string,
    readonly vendorId: string,
    readonly level: number,
    readonly notify: string,
    readonly authority: string | null,
    readonly dueAt: string,
    readonly raisedAt: string,
    readonly reason: RaiseReason = 'not_acknowledged',
  ) {
    super();
  }
}

/** Past the last level, the ladder starts again at level 1: `round` counts the repeats, from 1 to the rule's `repeat`. */
export class EscalationRepeated extends DomainEvent {
  static readonly type = 'EscalationRepeated';
  constructor(
    readonly escalationId: string,
    readonly contractId: string,
    readonly vendorId: string,
    readonly round: number,
    readonly level: number,
    readonly notify: string,
    readonly authority: string | null,
    readonly dueAt: string,
    readonly reason: RaiseReason,
    readonly repeatedAt: string,
  ) {
    super();
  }
}

/** The last level's deadline passed in the last round, unacknowledged or unresolved; recorded once. */
export class EscalationOverdue extends DomainEvent {
  static readonly type = 'EscalationOverdue';
  static readonly schemaVersion = 2;
  constructor(
    readonly escalationId: string,
    readonly contractId: string,
    readonly vendorId: string,
    readonly level: number,
    readonly missedDueAt: string,
    readonly overdueAt: string,
    readonly reason: RaiseReason = 'not_acknowledged',
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

/** An email went out to `recipients` (the addresses it was sent to) for reaching `level`, or for being overdue. */
export class EscalationNotified extends DomainEvent {
  static readonly type = 'EscalationNotified';
  constructor(
    readonly escalationId: string,
    readonly contractId: string,
    readonly vendorId: string,
    readonly recipients: string[],
    readonly channel: 'email',
    readonly level: number,
    readonly notifiedAt: string,
  ) {
    super();
  }
}

/** A notification was not sent: retries gave up, no `SMTP_URL` is set, or a `user:` recipient has no address. */
export class EscalationNotificationFailed extends DomainEvent {
  static readonly type = 'EscalationNotificationFailed';
  constructor(
    readonly escalationId: string,
    readonly contractId: string,
    readonly vendorId: string,
    readonly recipients: string[],
    readonly channel: 'email',
    readonly level: number,
    readonly reason: string,
    readonly failedAt: string,
  ) {
    super();
  }
}
