import { Injectable } from '@nestjs/common';
import { AsyncProjection, DocumentProjection, isEvent, StoredEvent } from '@vendorwatch/event-store';
import {
  EscalationRuleDefined,
  EscalationRuleDisabled,
  EscalationRuleEnabled,
  EscalationRuleRevised,
} from '../domain/escalation-rule.events';
import { EscalationRuleView } from './escalation-rule-view';

export const ESCALATION_RULES_PROJECTION = 'escalation-rules';

/** Every escalation rule with its current definition and status. */
@Injectable()
@AsyncProjection()
export class EscalationRulesProjection extends DocumentProjection<EscalationRuleView> {
  readonly name = ESCALATION_RULES_PROJECTION;
  readonly table = 'escalation_rules';

  protected keysOf(event: StoredEvent): string[] {
    return event.streamType === 'EscalationRule' ? [event.streamId] : [];
  }

  protected reduce(doc: EscalationRuleView | undefined, event: StoredEvent): EscalationRuleView | undefined {
    if (isEvent(event, EscalationRuleDefined)) {
      const { ruleId, contractId, vendorId, name, trigger, severity, levels, definedAt, repeat, resolveWithinMinutes } =
        event.data;
      return {
        id: ruleId,
        contractId,
        vendorId,
        name,
        trigger,
        severity,
        levels,
        repeat,
        resolveWithinMinutes,
        status: 'enabled',
        definedAt,
        revisedAt: null,
        version: event.version,
      };
    }
    if (!doc) return undefined;
    const next = { ...doc, version: event.version };
    if (isEvent(event, EscalationRuleRevised)) {
      return { ...next, ...event.data.changes, revisedAt: event.data.revisedAt };
    }
    if (isEvent(event, EscalationRuleDisabled)) return { ...next, status: 'disabled' };
    if (isEvent(event, EscalationRuleEnabled)) return { ...next, status: 'enabled' };
    return next;
  }

  protected columns(doc: EscalationRuleView): Record<string, unknown> {
    return {
      contract_id: doc.contractId,
      vendor_id: doc.vendorId,
      enabled: doc.status === 'enabled',
      defined_at: doc.definedAt,
    };
  }
}
