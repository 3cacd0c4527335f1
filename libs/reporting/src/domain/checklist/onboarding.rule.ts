import { ContractChecklistFacts } from './checklist-facts';
import { ChecklistRule, fail, pass, warn } from './checklist-item';
import { dayOf } from './time-facts';
import { capitalized, label, listOf } from './wording';

export const MILESTONES = ['product_walkthrough', 'real_case_training', 'shadowing', 'documentation_access'];

/** What can still be done: before go-live, finish; once live, catch up now, or check what was learned late. */
function advice(missing: string[], late: string[], live: boolean): string {
  if (!live) return `Finish ${listOf(missing)} before the vendor handles real customers.`;
  if (missing.length)
    return `The vendor already handles customers: schedule ${listOf(missing)} with its team now, and check the agents' knowledge with QA reviews until it is done.`;
  return `${capitalized(listOf(late))} came after go-live: check what the agents learned late with targeted QA reviews, and finish onboarding before go-live on the next launch.`;
}

/** Item 5: all four onboarding milestones done before the vendor takes real customers. */
export const onboarding: ChecklistRule<ContractChecklistFacts> = {
  key: 'onboarding',
  title: 'Weak onboarding and knowledge transfer',
  evaluate({ milestones, liveAt }) {
    const missing = MILESTONES.filter((m) => !milestones[m]);
    const late = liveAt ? MILESTONES.filter((m) => milestones[m] && milestones[m] > liveAt) : [];
    const evidence = [
      `${MILESTONES.length - missing.length} of ${MILESTONES.length} onboarding milestones completed`,
      ...(missing.length ? [`Not completed: ${listOf(missing)}`] : []),
      ...late.map(
        (m) => `${capitalized(label(m))} completed on ${dayOf(milestones[m])}, after go-live on ${dayOf(liveAt!)}`,
      ),
      liveAt ? `Live since ${dayOf(liveAt)}` : 'Not live yet',
    ];
    if (missing.length === 0 && late.length === 0) return pass(evidence);
    const recommendation = advice(missing, late, liveAt !== null);
    return liveAt ? fail(evidence, recommendation) : warn(evidence, recommendation);
  },
};
