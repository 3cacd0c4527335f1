import { ContractChecklistFacts } from './checklist-facts';
import { ChecklistRule, fail, pass, warn } from './checklist-item';
import { isSet } from './time-facts';
import { listOf } from './wording';

const GOALS = ['responseTimeTargets', 'escalationBoundaries', 'toneGuidelines', 'resolutionStandards'] as const;

/** Item 1: all four goals written down. */
export const clearGoals: ChecklistRule<ContractChecklistFacts> = {
  key: 'clear_goals',
  title: 'Starting without clear goals',
  evaluate({ terms }) {
    const goals: Record<string, unknown> = terms.goals ?? {};
    const set = GOALS.filter((g) => isSet(goals[g]));
    const missing = GOALS.filter((g) => !set.includes(g));
    const evidence = [
      set.length ? `Goals written down: ${listOf(set)}` : 'No goal written down yet',
      ...(missing.length ? [`Goals missing: ${listOf(missing)}`] : []),
    ];
    if (missing.length === 0) return pass(evidence);
    const recommendation = `Write the missing goals (${listOf(missing)}) into the contract so the vendor knows what good looks like.`;
    return set.length === 0 ? fail(evidence, recommendation) : warn(evidence, recommendation);
  },
};
