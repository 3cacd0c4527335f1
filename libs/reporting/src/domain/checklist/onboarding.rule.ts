import { ContractChecklistFacts } from './checklist-facts';
import { ChecklistRule, fail, pass, warn } from './checklist-item';
import { dayOf } from './time-facts';

export const MILESTONES = ['product_walkthrough', 'real_case_training', 'shadowing', 'documentation_access'];

/** Item 5: all four onboarding milestones done before the vendor takes real customers. */
export const onboarding: ChecklistRule<ContractChecklistFacts> = {
  key: 'onboarding',
  title: 'Weak onboarding and knowledge transfer',
  evaluate({ milestones, liveAt }) {
    const missing = MILESTONES.filter((m) => !milestones[m]);
    const late = liveAt ? MILESTONES.filter((m) => milestones[m] && milestones[m] > liveAt) : [];
    const evidence = [
      `milestones completed: ${MILESTONES.length - missing.length} of ${MILESTONES.length}`,
      ...(missing.length ? [`missing: ${missing.join(', ')}`] : []),
      ...late.map((m) => `${m} completed ${dayOf(milestones[m])}, after go-live ${dayOf(liveAt!)}`),
      liveAt ? `live since ${dayOf(liveAt)}` : 'not live yet',
    ];
    if (missing.length === 0 && late.length === 0) return pass(evidence);
    const recommendation = `Finish ${[...missing, ...late].join(', ')} before the vendor handles real customers.`;
    return liveAt ? fail(evidence, recommendation) : warn(evidence, recommendation);
  },
};
