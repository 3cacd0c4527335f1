/** One step of an escalation ladder: who is notified, how long they have to acknowledge, who decides. */
export interface EscalationLevel {
  notify: string;
  ackWithinMinutes: number;
  authority?: string;
}

export type Severity = 'low' | 'medium' | 'high' | 'critical';

export const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high', 'critical'];

/** The deadline of a level that starts at `from`. */
export function dueAtOf(level: EscalationLevel, from: Date): string {
  return new Date(from.getTime() + level.ackWithinMinutes * 60_000).toISOString();
}
