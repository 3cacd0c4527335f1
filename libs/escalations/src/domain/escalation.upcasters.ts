import { Upcaster } from '@vendorwatch/event-store';

/** Adds the fields version 2 of an event introduced, with the values that keep its old meaning. */
function withDefaults(type: string, defaults: Record<string, unknown>): Upcaster {
  return { type, fromVersion: 1, upcast: (data) => ({ ...defaults, ...(data as object) }) };
}

/** Rules and escalations recorded before ladders could repeat or demand resolution: no repeat, no resolve clock. */
export const ESCALATION_UPCASTERS: Upcaster[] = [
  withDefaults('EscalationRuleDefined', { repeat: 0, resolveWithinMinutes: null }),
  withDefaults('EscalationOpened', { repeat: 0, resolveWithinMinutes: null }),
  withDefaults('EscalationAcknowledged', { resolveBy: null }),
  withDefaults('EscalationLevelRaised', { reason: 'not_acknowledged' }),
  withDefaults('EscalationOverdue', { reason: 'not_acknowledged' }),
];
