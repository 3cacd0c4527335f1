import { ContractChecklistFacts } from './checklist-facts';
import { ChecklistRule, fail, pass, warn } from './checklist-item';
import { isSet } from './time-facts';

const MAX_GAPS_SHOWN = 3;

/** Item 4: vendor shifts cover the demand week, with overlap, a weekend rule and an escalation window. */
export const coverageDesign: ChecklistRule<ContractChecklistFacts> = {
  key: 'coverage_design',
  title: 'Ignoring time-zone and coverage design',
  evaluate({ terms, coverage }) {
    const plan = terms.coverage ?? {};
    const noDemand = !plan.demand?.windows?.length;
    const noShifts = !plan.vendorShifts?.length;
    if (noDemand || noShifts || !coverage) {
      const evidence = [
        noDemand ? 'No hours of customer demand described' : 'Hours of customer demand described',
        noShifts ? 'No vendor shifts described' : 'Vendor shifts described',
      ];
      return fail(
        evidence,
        'Describe when customers need support and the vendor shifts that cover it, in their time zones.',
      );
    }
    const percent = Math.floor(coverage.share * 1000) / 10;
    const evidence = [
      `Vendor shifts cover ${percent} % of customer demand (${coverage.coveredMinutes} of ${coverage.demandMinutes} minutes in the week of ${coverage.weekOf})`,
    ];
    if (coverage.gaps.length) {
      const shown = coverage.gaps.slice(0, MAX_GAPS_SHOWN).map((g) => `${g.from}–${g.to}`);
      const more = coverage.gaps.length > MAX_GAPS_SHOWN ? ` and ${coverage.gaps.length - MAX_GAPS_SHOWN} more` : '';
      evidence.push(`Not covered (${plan.demand?.timezone ?? 'UTC'} time): ${shown.join(', ')}${more}`);
    }
    const overlap = plan.overlapHoursWithInternalTeam;
    const missing = [
      ...(overlap !== undefined && overlap >= 1
        ? []
        : [
            overlap === undefined
              ? 'No overlap with the internal team agreed'
              : `Only ${overlap} hours of overlap with the internal team (at least 1 needed)`,
          ]),
      ...(isSet(plan.weekendRule) ? [] : ['No weekend rule']),
      ...(isSet(plan.escalationWindow) ? [] : ['No escalation window']),
    ];
    evidence.push(...missing);
    const fullyCovered = coverage.coveredMinutes >= coverage.demandMinutes;
    if (fullyCovered && missing.length === 0) return pass(evidence);
    if (fullyCovered || coverage.share >= 0.8) {
      const recommendation = fullyCovered
        ? 'Complete the coverage plan: at least one hour of overlap with the internal team, a weekend rule and an escalation window.'
        : 'Add vendor shifts for the uncovered demand hours.';
      return warn(evidence, recommendation);
    }
    return fail(evidence, 'Add vendor shifts for the uncovered demand hours: less than 80 % of demand is covered.');
  },
};
