import { CommonErrorCode, EventSourcedAggregate, InvalidStateError } from '@vendorwatch/event-store';
import { EscalationCause } from './escalation-cause';
import { dueAtOf, EscalationLevel, Severity } from './escalation-level';
import {
  EscalationAcknowledged,
  EscalationLevelRaised,
  EscalationNotificationFailed,
  EscalationNotified,
  EscalationOpened,
  EscalationOverdue,
  EscalationRepeated,
  EscalationResolved,
  EscalationRetriggered,
  RaiseReason,
} from './escalation.events';

export type EscalationStatus = 'open' | 'acknowledged' | 'resolved';

export interface EscalationOpening {
  ruleId: string;
  ruleName: string;
  contractId: string;
  vendorId: string;
  subject: string;
  severity: Severity;
  levels: EscalationLevel[];
  cause: EscalationCause;
  repeat: number;
  resolveWithinMinutes: number | null;
}

/**
 * One occurrence of a rule's condition for one subject, climbing the rule's levels until someone acknowledges it
 * (and, with `resolveWithinMinutes`, resolves it), starting the ladder again `repeat` times, then overdue.
 * It remembers the events that fired it, so reacting to the same event again (a replayed trigger) changes nothing.
 */
export class Escalation extends EventSourcedAggregate {
  static readonly streamType = 'Escalation';
  static readonly events = [
    EscalationOpened,
    EscalationRetriggered,
    EscalationAcknowledged,
    EscalationLevelRaised,
    EscalationRepeated,
    EscalationOverdue,
    EscalationResolved,
    EscalationNotified,
    EscalationNotificationFailed,
  ];

  ruleId: string;
  ruleName: string;
  severity: Severity;
  cause: EscalationCause;
  contractId: string;
  vendorId: string;
  subject: string;
  levels: EscalationLevel[];
  level: number;
  dueAt: string;
  status: EscalationStatus;
  overdue = false;
  /** 0 in the first run of the ladder, then the number of the repeat. */
  round = 0;
  repeat: number;
  resolveWithinMinutes: number | null;
  resolveBy: string | null = null;
  private readonly causes = new Set<string>();

  static open(id: string, opening: EscalationOpening, now: Date): Escalation {
    const escalation = new Escalation();
    escalation.id = id;
    const { ruleId, ruleName, contractId, vendorId, subject, cause, severity, levels, repeat, resolveWithinMinutes } =
      opening;
    const dueAt = dueAtOf(levels[0], now);
    escalation.apply(
      new EscalationOpened(
        id,
        ruleId,
        ruleName,
        contractId,
        vendorId,
        subject,
        cause,
        severity,
        levels,
        1,
        dueAt,
        now.toISOString(),
        repeat,
        resolveWithinMinutes,
      ),
    );
    return escalation;
  }

  hasReactedTo(sourceEventId: string): boolean {
    return this.causes.has(sourceEventId);
  }

  retrigger(cause: EscalationCause, now: Date): void {
    if (this.status === 'resolved')
      throw new InvalidStateError(
        CommonErrorCode.INVALID_STATUS,
        `Escalation ${this.id} is resolved; a new firing opens a new one.`,
      );
    if (this.hasReactedTo(cause.sourceEventId)) return;
    this.apply(
      new EscalationRetriggered(
        this.id,
        this.ruleId,
        this.contractId,
        this.vendorId,
        this.subject,
        cause,
        now.toISOString(),
      ),
    );
  }

  acknowledge(note: string | undefined, now: Date): void {
    if (this.status !== 'open')
      throw new InvalidStateError(
        CommonErrorCode.INVALID_STATUS,
        `Escalation ${this.id} is ${this.status}; only an open one can be acknowledged.`,
      );
    const resolveBy = this.resolveWithinMinutes
      ? new Date(now.getTime() + this.resolveWithinMinutes * 60_000).toISOString()
      : null;
    this.apply(
      new EscalationAcknowledged(
        this.id,
        this.contractId,
        this.vendorId,
        this.level,
        note ?? null,
        now.toISOString(),
        resolveBy,
      ),
    );
  }

  /**
   * The deadline clock: past `dueAt` an unacknowledged escalation climbs a level, and so does an acknowledged one
   * past `resolveBy`; past the last level the ladder starts again (`repeat` times), then it is overdue.
   */
  raiseIfDue(now: Date): void {
    if (this.status === 'resolved' || this.overdue) return;
    const [deadline, reason]: [string | null, RaiseReason] =
      this.status === 'open' ? [this.dueAt, 'not_acknowledged'] : [this.resolveBy, 'not_resolved'];
    if (deadline === null || now.getTime() < Date.parse(deadline)) return;
    const { id, contractId, vendorId, level, round } = this;
    const at = now.toISOString();
    const next = this.levels[level];
    const [first] = this.levels;
    if (next) {
      const dueAt = dueAtOf(next, now);
      const { notify, authority = null } = next;
      this.apply(new EscalationLevelRaised(id, contractId, vendorId, level + 1, notify, authority, dueAt, at, reason));
    } else if (round < this.repeat) {
      const dueAt = dueAtOf(first, now);
      const { notify, authority = null } = first;
      this.apply(new EscalationRepeated(id, contractId, vendorId, round + 1, 1, notify, authority, dueAt, reason, at));
    } else {
      this.apply(new EscalationOverdue(id, contractId, vendorId, level, deadline, at, reason));
    }
  }

  /** The outcome of an email about reaching `level` (or about being overdue at it), whatever the status now. */
  recordNotification(outcome: NotificationOutcome, now: Date): void {
    const { recipients, level } = outcome;
    const at = now.toISOString();
    const { id, contractId, vendorId } = this;
    this.apply(
      outcome.sent
        ? new EscalationNotified(id, contractId, vendorId, recipients, 'email', level, at)
        : new EscalationNotificationFailed(id, contractId, vendorId, recipients, 'email', level, outcome.reason, at),
    );
  }

  resolve(resolution: string, now: Date): void {
    if (this.status === 'resolved')
      throw new InvalidStateError(CommonErrorCode.INVALID_STATUS, `Escalation ${this.id} is already resolved.`);
    this.apply(new EscalationResolved(this.id, this.contractId, this.vendorId, resolution, now.toISOString()));
  }

  onEscalationOpened(event: EscalationOpened): void {
    this.ruleId = event.ruleId;
    this.ruleName = event.ruleName;
    this.severity = event.severity;
    this.cause = event.cause;
    this.repeat = event.repeat;
    this.resolveWithinMinutes = event.resolveWithinMinutes;
    this.contractId = event.contractId;
    this.vendorId = event.vendorId;
    this.subject = event.subject;
    this.levels = event.levels;
    this.level = event.level;
    this.dueAt = event.dueAt;
    this.status = 'open';
    this.causes.add(event.cause.sourceEventId);
  }

  onEscalationRetriggered(event: EscalationRetriggered): void {
    this.causes.add(event.cause.sourceEventId);
  }

  onEscalationAcknowledged(event: EscalationAcknowledged): void {
    this.status = 'acknowledged';
    this.resolveBy = event.resolveBy;
  }

  onEscalationLevelRaised(event: EscalationLevelRaised): void {
    this.reachLevel(event.level, event.dueAt);
  }

  onEscalationRepeated(event: EscalationRepeated): void {
    this.round = event.round;
    this.reachLevel(event.level, event.dueAt);
  }

  onEscalationOverdue(): void {
    this.overdue = true;
  }

  onEscalationResolved(): void {
    this.status = 'resolved';
  }

  /** A level reached must be acknowledged again, even when the escalation was acknowledged at the one before. */
  private reachLevel(level: number, dueAt: string): void {
    this.level = level;
    this.dueAt = dueAt;
    this.status = 'open';
    this.resolveBy = null;
  }
}

export type NotificationOutcome =
  | { sent: true; recipients: string[]; level: number }
  | { sent: false; recipients: string[]; level: number; reason: string };
