import { EscalationCause } from '../domain/escalation-cause';
import { EscalationLevel, Severity } from '../domain/escalation-level';
import { EscalationStatus } from '../domain/escalation.aggregate';

/** One step of an escalation's history, as `GET /escalations/:id` shows it. */
export interface EscalationTimelineEntry {
  type: string;
  at: string;
  actorId: string | null;
  level?: number;
  dueAt?: string;
  notify?: string;
  authority?: string | null;
  note?: string | null;
  resolution?: string;
  cause?: EscalationCause;
  reason?: string;
  round?: number;
  recipients?: string[];
  channel?: string;
  resolveBy?: string | null;
}

export interface EscalationView {
  id: string;
  ruleId: string;
  ruleName: string;
  contractId: string;
  vendorId: string;
  subject: string;
  severity: Severity;
  status: EscalationStatus;
  overdue: boolean;
  level: number;
  levels: EscalationLevel[];
  dueAt: string;
  /** When an acknowledged escalation climbs again unless resolved (rules with `resolveWithinMinutes`). */
  resolveBy: string | null;
  /** 0 in the ladder's first run, then the number of the repeat. */
  round: number;
  cause: EscalationCause;
  retriggerCount: number;
  openedAt: string;
  acknowledgedAt: string | null;
  resolvedAt: string | null;
  resolution: string | null;
  timeline: EscalationTimelineEntry[];
  version: number;
}

/** An item of `GET /escalations`: the view without its timeline, and how many entries that has. */
export type EscalationSummary = Omit<EscalationView, 'timeline'> & { timelineEntries: number };
