import { VendorChecklistFacts } from './checklist-facts';
import { ChecklistRule, fail, pass, warn } from './checklist-item';
import { dayOf, daysSince, withinDays } from './time-facts';

const ROSTER_FRESH_DAYS = 62;

/** Item 8: a recent roster report with attrition under control. */
export const agentChurn: ChecklistRule<VendorChecklistFacts> = {
  key: 'agent_churn',
  title: 'Treating agents as temporary labour',
  evaluate({ roster, lastRosterReportedAt, contracts }, now) {
    const hasLiveContract = Object.values(contracts).includes('live');
    const fresh = lastRosterReportedAt !== null && withinDays(lastRosterReportedAt, ROSTER_FRESH_DAYS, now);
    const attrition = roster?.annualizedAttritionPercent ?? null;
    const evidence = [
      lastRosterReportedAt
        ? `Last roster report on ${dayOf(lastRosterReportedAt)}, ${daysSince(lastRosterReportedAt, now)} days ago`
        : 'No roster report from the vendor yet',
      ...(roster
        ? [
            attrition === null
              ? `Attrition unknown for ${roster.month} (no headcount reported)`
              : `Agents leaving at ${attrition.toFixed(1)} % a year (${roster.month})`,
          ]
        : []),
      hasLiveContract ? 'The vendor has a live contract' : 'The vendor has no live contract',
    ];
    const reduce = 'Agree an attrition ceiling and retention plan with the vendor; annualized attrition is above 35 %.';
    const report = `Ask the vendor for a monthly roster report (at least every ${ROSTER_FRESH_DAYS} days).`;
    if (attrition !== null && attrition > 60) return fail(evidence, reduce);
    if (!fresh) return hasLiveContract ? fail(evidence, report) : warn(evidence, report);
    if (attrition === null)
      return warn(evidence, 'Ask the vendor for a roster report with its headcount, so attrition can be measured.');
    if (attrition > 35) return warn(evidence, reduce);
    return pass(evidence);
  },
};
