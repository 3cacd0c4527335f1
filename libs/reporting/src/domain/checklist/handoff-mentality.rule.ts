import { ContractChecklistFacts } from './checklist-facts';
import { ChecklistRule, fail, pass, warn } from './checklist-item';
import { dayOf, daysSince, withinDays } from './time-facts';

/** Item 3: governance reviews keep their cadence once the contract is live. */
export const handoffMentality: ChecklistRule<ContractChecklistFacts> = {
  key: 'handoff_mentality',
  title: 'Treating outsourcing as a handoff',
  evaluate({ terms, status, liveAt, lastGovernanceReviewAt }, now) {
    const cadence = terms.governance?.reviewCadenceDays;
    if (!cadence)
      return fail(
        ['No governance review cadence agreed'],
        'Agree a governance review cadence with the vendor and hold the reviews.',
      );
    if (status !== 'live' || !liveAt)
      return pass([`Governance reviews agreed every ${cadence} days`, `Contract not live yet (${status})`]);
    const last = lastGovernanceReviewAt ?? liveAt;
    const since = lastGovernanceReviewAt
      ? `Last governance review on ${dayOf(last)}`
      : `No governance review since go-live on ${dayOf(last)}`;
    const evidence = [`${since} (agreed every ${cadence} days)`, `${daysSince(last, now)} days ago`];
    if (lastGovernanceReviewAt && withinDays(lastGovernanceReviewAt, cadence, now)) return pass(evidence);
    const recommendation = `Hold a governance review with the vendor now and then every ${cadence} days.`;
    return withinDays(last, 2 * cadence, now) ? warn(evidence, recommendation) : fail(evidence, recommendation);
  },
};
