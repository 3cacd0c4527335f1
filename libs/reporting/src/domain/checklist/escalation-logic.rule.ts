import { ContractChecklistFacts, EscalationRuleFacts } from './checklist-facts';
import { ChecklistRule, fail, pass, warn } from './checklist-item';
import { dayOf } from './time-facts';

function shortcomings(rule: EscalationRuleFacts, liveAt: string | null): string[] {
  return [
    ...(rule.levels.length < 2 ? [`${rule.levels.length} level`] : []),
    ...(rule.levels.some((l) => !l.authority) ? ['a level without authority'] : []),
    ...(liveAt && rule.definedAt > liveAt ? [`defined ${dayOf(rule.definedAt)}, after go-live ${dayOf(liveAt)}`] : []),
  ];
}

/** Item 6: an enabled escalation ladder of ≥ 2 levels with authority, in place before go-live. */
export const escalationLogic: ChecklistRule<ContractChecklistFacts> = {
  key: 'escalation_logic',
  title: 'No escalation logic',
  evaluate({ escalationRules, liveAt }) {
    const enabled = Object.values(escalationRules).filter((r) => r.enabled);
    if (enabled.length === 0)
      return fail(
        ['no enabled escalation rule'],
        'Define an escalation rule with at least two levels, each with the authority to decide.',
      );
    const judged = enabled.map((rule) => ({ rule, gaps: shortcomings(rule, liveAt) }));
    const good = judged.find((j) => j.gaps.length === 0);
    if (good) {
      const when = liveAt ? `before go-live ${dayOf(liveAt)}` : 'contract not live yet';
      return pass([
        `rule '${good.rule.name}': ${good.rule.levels.length} levels, all with authority, defined ${dayOf(good.rule.definedAt)} (${when})`,
      ]);
    }
    const evidence = judged.map(({ rule, gaps }) => `rule '${rule.name}': ${gaps.join(', ')}`);
    return warn(
      evidence,
      'Give the escalation rule at least two levels, each with an authority, and agree it before go-live.',
    );
  },
};
