import { TriggerType } from './escalation-trigger';

/** Why a trigger fired: a sentence for people, the figures behind it, and the event that made it fire. */
export interface EscalationCause {
  trigger: TriggerType;
  description: string;
  figures: Record<string, number | string | string[] | null>;
  sourceEventId: string;
  sourceEventType: string;
}
