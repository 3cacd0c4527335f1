import { ContractChecklistFacts } from './checklist-facts';
import { ChecklistRule, fail, pass, warn } from './checklist-item';
import { isSet } from './time-facts';
import { listOf } from './wording';

const FIELDS = ['peakMultiplier', 'elasticStaffingPercent', 'overflowProcedure', 'surgeNoticeHours'] as const;

/** Item 12: a scale plan whose elastic staffing absorbs at least half of the expected peak. */
export const scalePlanning: ChecklistRule<ContractChecklistFacts> = {
  key: 'scale_planning',
  title: 'Not planning for scale',
  evaluate({ terms }) {
    const plan: Record<string, unknown> = terms.scalePlan ?? {};
    const set = FIELDS.filter((f) => isSet(plan[f]));
    const missing = FIELDS.filter((f) => !set.includes(f));
    const evidence = [
      set.length ? `The scale plan has: ${listOf(set)}` : 'No scale plan in the contract',
      ...(missing.length ? [`Missing from the scale plan: ${listOf(missing)}`] : []),
    ];
    const recommendation =
      'Complete the scale plan: peak multiplier, elastic staffing for at least half the peak, an overflow procedure and a surge notice period.';
    if (set.length < 2) return fail(evidence, recommendation);
    const peak = plan.peakMultiplier as number | undefined;
    const elastic = plan.elasticStaffingPercent as number | undefined;
    const valuesOk = peak !== undefined && peak >= 1 && elastic !== undefined && elastic > 0;
    if (peak !== undefined && elastic !== undefined) {
      const needed = Math.round((peak - 1) * 100 * 0.5 * 100) / 100;
      evidence.push(
        `Elastic staffing of ${elastic} % ${elastic >= needed ? 'absorbs' : 'falls short of'} half of a ${peak}× peak (${needed} % needed)`,
      );
      if (missing.length === 0 && valuesOk && elastic >= needed) return pass(evidence);
    }
    return warn(evidence, recommendation);
  },
};
