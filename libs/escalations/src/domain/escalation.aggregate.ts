import { CommonErrorCode, EventSourcedAggregate, InvalidStateError } from '@vendorwatch/event-store';
import { EscalationCause } from './escalation-cause';
import { dueAtOf, EscalationLevel, Severity } from './escalation-level';
import {
  EscalationAcknowledged,
  EscalationLevelRaised,
  EscalationOpened,
  EscalationOverdue,
  EscalationResolved,
  EscalationRetriggered,
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
}

/**
 * One occurrence of a rule's condition for one subject, climbing the rule's levels until someone acknowledges it.
 * It remembers the events that fired it, so reacting to the same event again (a replayed trigger) changes nothing.
 */
export class Escalation extends EventSourcedAggregate {
  static readonly streamType = 'Escalation';
  static readonly events = [
    EscalationOpened,
    EscalationRetriggered,
    EscalationAcknowledged,
    EscalationLevelRaised,
    EscalationOverdue,
    EscalationResolved,
  ];

  ruleId: string;
  contractId: string;
  vendorId: string;
  subject: string;
  levels: EscalationLevel[];
  level: number;
  dueAt: string;
  status: EscalationStatus;
  overdue = false;
  private readonly causes = new Set<string>();

  static open(id: string, opening: EscalationOpening, now: Date): Escalation {
    const escalation = new Escalation();
    escalation.id = id;
    const { ruleId, ruleName, contractId, vendorId, subject, cause, severity, levels } = opening;
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
    this.apply(
      new EscalationAcknowledged(this.id, this.contractId, this.vendorId, this.level, note ?? null, now.toISOString()),
    );
  }

  /** The deadline clock: past `dueAt` an unacknowledged escalation climbs a level, and past the last one is overdue. */
  raiseIfDue(now: Date): void {
    if (this.status !== 'open' || this.overdue || now.getTime() < Date.parse(this.dueAt)) return;
    const next = this.levels[this.level];
    if (!next) {
      this.apply(
        new EscalationOverdue(this.id, this.contractId, this.vendorId, this.level, this.dueAt, now.toISOString()),
      );
      return;
    }
    this.apply(
      new EscalationLevelRaised(
        this.id,
        this.contractId,
        this.vendorId,
        this.level + 1,
        next.notify,
        next.authority ?? null,
        dueAtOf(next, now),
        now.toISOString(),
      ),
    );
  }

  resolve(resolution: string, now: Date): void {
    if (this.status === 'resolved')
      throw new InvalidStateError(CommonErrorCode.INVALID_STATUS, `Escalation ${this.id} is already resolved.`);
    this.apply(new EscalationResolved(this.id, this.contractId, this.vendorId, resolution, now.toISOString()));
  }

  onEscalationOpened(event: EscalationOpened): void {
    this.ruleId = event.ruleId;
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

  onEscalationAcknowledged(): void {
    this.status = 'acknowledged';
  }

  onEscalationLevelRaised(event: EscalationLevelRaised): void {
    this.level = event.level;
    this.dueAt = event.dueAt;
  }

  onEscalationOverdue(): void {
    this.overdue = true;
  }

  onEscalationResolved(): void {
    this.status = 'resolved';
  }
}
