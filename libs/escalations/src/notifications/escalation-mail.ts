import { EscalationCause } from '../domain/escalation-cause';
import { EscalationLevel, Severity } from '../domain/escalation-level';
import { RaiseReason } from '../domain/escalation.events';

/** What moved the escalation to the people of `level`. */
export type LevelReached =
  | { kind: 'opened' }
  | { kind: 'raised'; reason: RaiseReason }
  | { kind: 'repeated'; reason: RaiseReason; round: number; repeat: number }
  | { kind: 'overdue'; reason: RaiseReason };

export interface EscalationMailFacts {
  ruleName: string;
  severity: Severity;
  cause: EscalationCause;
  level: number;
  levelOf: EscalationLevel;
  reached: LevelReached;
  /** The deadline of the level reached, or the deadline missed when overdue (ISO, UTC). */
  deadline: string;
  link: string;
}

/** The message to a level's recipients: the cause in words, the deadline and the link. */
export function escalationMail(facts: EscalationMailFacts): { subject: string; text: string } {
  const { ruleName, severity, cause, level, levelOf, reached, deadline, link } = facts;
  const who = `level ${level} (${levelOf.notify}${levelOf.authority ? `, decided by ${levelOf.authority}` : ''})`;
  const overdue = reached.kind === 'overdue';
  return {
    subject: `${overdue ? 'Overdue' : `Level ${level}`}: ${ruleName} (${severity} escalation)`,
    text: [
      `Escalation "${ruleName}", severity ${severity}.`,
      '',
      `Why: ${cause.description}`,
      whatHappened(reached, who),
      '',
      overdue ? `Missed deadline: ${utc(deadline)}.` : `Acknowledge it by ${utc(deadline)}.`,
      `Open it: ${link}`,
    ].join('\n'),
  };
}

function whatHappened(reached: LevelReached, who: string): string {
  const missed = (reason: RaiseReason) =>
    reason === 'not_resolved' ? 'was acknowledged but not resolved in time' : 'was not acknowledged in time';
  switch (reached.kind) {
    case 'opened':
      return `It has opened at ${who}: you are asked to acknowledge it.`;
    case 'raised':
      return `It ${missed(reached.reason)}, so it has reached ${who}: you are asked to acknowledge it.`;
    case 'repeated':
      return (
        `Its last level ${missed(reached.reason)}, so the ladder starts again ` +
        `(round ${reached.round} of ${reached.repeat}) at ${who}: you are asked to acknowledge it.`
      );
    case 'overdue':
      return `It is overdue: ${who} ${missed(reached.reason)}, and the ladder has no level or round left.`;
  }
}

function utc(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
