import { Injectable } from '@nestjs/common';
import { DocumentProjection, StoredEvent } from '@vendorwatch/event-store';
import { EscalationRuleView } from './escalation-rule-view';

export const ESCALATION_RULES_PROJECTION = 'escalation-rules';

/** Every escalation rule with its current definition and status. */
@Injectable()
export class EscalationRulesProjection extends DocumentProjection<EscalationRuleView> {
  readonly name = ESCALATION_RULES_PROJECTION;
  readonly table = 'escalation_rules';

  protected keysOf(event: StoredEvent): string[] {
    return event.streamType === 'EscalationRule' ? [event.streamId] : [];
  }

  protected reduce(doc: EscalationRuleView | undefined, event: StoredEvent): EscalationRuleView | undefined {
    const data = event.data;
    if (event.type === 'EscalationRuleDefined') {
      const { ruleId, contractId, vendorId, name, trigger, severity, levels, definedAt } = data;
      return {
        id: ruleId,
        contractId,
        vendorId,
        name,
        trigger,
        severity,
        levels,
        status: 'enabled',
        definedAt,
        revisedAt: null,
        version: event.version,
      };
    }
    if (!doc) return undefined;
    const next = { ...doc, version: event.version };
    switch (event.type) {
      case 'EscalationRuleRevised':
        return { ...next, ...data.changes, revisedAt: data.revisedAt };
      case 'EscalationRuleDisabled':
        return { ...next, status: 'disabled' };
      case 'EscalationRuleEnabled':
        return { ...next, status: 'enabled' };
      default:
        return next;
    }
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
