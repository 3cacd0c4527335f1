import { ContractChecklistFacts, EscalationRuleFacts } from './checklist-facts';
import { ChecklistRule, fail, pass, warn } from './checklist-item';
import { dayOf } from './time-facts';

interface Shortcomings {
  oneLevel: boolean;
  withoutAuthority: boolean;
  afterGoLive: boolean;
}

function shortcomings(rule: EscalationRuleFacts, liveAt: string | null): Shortcomings {
  return {
    oneLevel: rule.levels.length < 2,
    withoutAuthority: rule.levels.some((l) => !l.authority),
    afterGoLive: liveAt !== null && rule.definedAt > liveAt,
  };
}

function describe(rule: EscalationRuleFacts, gaps: Shortcomings, liveAt: string | null): string {
  const parts = [
    ...(gaps.oneLevel ? [`only ${rule.levels.length} level`] : []),
    ...(gaps.withoutAuthority ? ['a level without anyone named with the authority to decide'] : []),
    ...(gaps.afterGoLive ? [`agreed on ${dayOf(rule.definedAt)}, after go-live on ${dayOf(liveAt!)}`] : []),
  ];
  return `Escalation rule '${rule.name}': ${parts.join('; ')}`;
}

/**
 * What can still be done. Before go-live: complete the ladder and agree it first. Once live, a rule agreed late
 * stays late: complete it now and rehearse it with the vendor so both sides know who decides.
 */
function advice(rule: EscalationRuleFacts, gaps: Shortcomings, live: boolean): string {
  const fixes = [
    ...(gaps.oneLevel ? ['a second level'] : []),
    ...(gaps.withoutAuthority ? ['someone with the authority to decide at every level'] : []),
  ];
  if (!live) return `Give the escalation rule '${rule.name}' ${fixes.join(' and ')} before go-live.`;
  const complete = fixes.length ? `Give the escalation rule '${rule.name}' ${fixes.join(' and ')} now, then w` : 'W';
  return `${complete}alk the vendor's team through the ladder and rehearse one escalation, since it was not in place when they started.`;
}

/** Item 6: an enabled escalation ladder of ≥ 2 levels with authority, in place before go-live. */
export const escalationLogic: ChecklistRule<ContractChecklistFacts> = {
  key: 'escalation_logic',
  title: 'No escalation logic',
  evaluate({ escalationRules, liveAt }) {
    const enabled = Object.values(escalationRules).filter((r) => r.enabled);
    if (enabled.length === 0)
      return fail(
        ['No enabled escalation rule'],
        `Define an escalation rule with at least two levels, each naming who has the authority to decide${liveAt ? ', now: the contract is already live' : ', before go-live'}.`,
      );
    const judged = enabled.map((rule) => ({ rule, gaps: shortcomings(rule, liveAt) }));
    const good = judged.find(({ gaps }) => !gaps.oneLevel && !gaps.withoutAuthority && !gaps.afterGoLive);
    if (good) {
      const when = liveAt ? `before go-live on ${dayOf(liveAt)}` : 'the contract is not live yet';
      return pass([
        `Escalation rule '${good.rule.name}': ${good.rule.levels.length} levels, each with someone who has the authority to decide, agreed on ${dayOf(good.rule.definedAt)} (${when})`,
      ]);
    }
    const evidence = judged.map(({ rule, gaps }) => describe(rule, gaps, liveAt));
    const [first] = judged;
    return warn(evidence, advice(first.rule, first.gaps, liveAt !== null));
  },
};
