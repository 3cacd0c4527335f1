import { EscalationLevel, Severity } from '../domain/escalation-level';
import { EscalationRuleStatus } from '../domain/escalation-rule.aggregate';
import { EscalationTrigger } from '../domain/escalation-trigger';

/** An escalation rule as `GET /escalation-rules` shows it, and as the checklist (SPEC §8 item 6) reads it. */
export interface EscalationRuleView {
  id: string;
  contractId: string;
  vendorId: string;
  name: string;
  trigger: EscalationTrigger;
  severity: Severity;
  levels: EscalationLevel[];
  repeat: number;
  resolveWithinMinutes: number | null;
  status: EscalationRuleStatus;
  definedAt: string;
  revisedAt: string | null;
  version: number;
}
