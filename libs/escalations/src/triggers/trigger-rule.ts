import { EscalationLevel, Severity } from '../domain/escalation-level';
import { EscalationTrigger } from '../domain/escalation-trigger';

/** A rule as the trigger process knows it, folded from the rule's own events in commit order. */
export interface TriggerRule {
  ruleId: string;
  contractId: string;
  vendorId: string;
  name: string;
  trigger: EscalationTrigger;
  severity: Severity;
  levels: EscalationLevel[];
  /** Absent in rules the process folded before ladders could repeat (read as 0 and null). */
  repeat?: number;
  resolveWithinMinutes?: number | null;
}
