import { AggregateRepository, RequestContext, StoredEvent, SYSTEM_ACTOR } from '@vendorwatch/event-store';
import { EntityManager } from 'typeorm';
import { Escalation } from '../domain/escalation.aggregate';
import { Firing } from '../domain/trigger-evaluation';
import { escalationIdFor } from './escalation-id';
import { TriggerRule } from './trigger-rule';
import { TriggerState } from './trigger-state';

/**
 * Turns a firing into escalation events inside the trigger process's transaction: a retrigger of the open
 * escalation of the same rule and subject, or a new escalation. Reacting twice to one event changes nothing.
 */
export async function fireEscalation(
  escalations: AggregateRepository<Escalation>,
  state: TriggerState,
  manager: EntityManager,
  rule: TriggerRule,
  firing: Firing,
  event: StoredEvent,
): Promise<void> {
  const now = new Date(event.recordedAt);
  const cause = { ...firing.cause, sourceEventId: event.eventId, sourceEventType: event.type };
  const context = { actor: SYSTEM_ACTOR, causationId: event.eventId, correlationId: event.metadata?.correlationId };
  await RequestContext.run(context, async () => {
    const openId = await state.openEscalationOf(rule.ruleId, firing.subject);
    const open = openId ? await escalations.tryLoad(openId, { manager }) : undefined;
    if (open?.hasReactedTo(event.eventId)) return;
    if (open && open.status !== 'resolved') {
      open.retrigger(cause, now);
      await escalations.save(open, { manager });
      return;
    }
    const id = escalationIdFor(rule.ruleId, firing.subject, event.eventId);
    if (!(await escalations.tryLoad(id, { manager }))) {
      const { ruleId, name: ruleName, contractId, vendorId, severity, levels } = rule;
      const ladder = { levels, repeat: rule.repeat ?? 0, resolveWithinMinutes: rule.resolveWithinMinutes ?? null };
      const opened = Escalation.open(
        id,
        { ruleId, ruleName, contractId, vendorId, subject: firing.subject, severity, cause, ...ladder },
        now,
      );
      await escalations.save(opened, { manager });
    }
    await state.markOpen(rule.ruleId, firing.subject, id);
  });
}
