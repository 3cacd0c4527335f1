import { VendorChecklistFacts } from './checklist-facts';
import { ChecklistRule, fail, pass, warn } from './checklist-item';
import { listOf, percentOf } from './wording';

export const NON_PRICE_CRITERIA = ['training_depth', 'qa_discipline', 'escalation_handling', 'operational_maturity'];

/** Item 2: the latest evaluation weighs more than price. */
export const priceOnlySelection: ChecklistRule<VendorChecklistFacts> = {
  key: 'price_only_selection',
  title: 'Choosing a provider on price alone',
  evaluate({ evaluation }) {
    const recommendation =
      'Re-evaluate the vendor on training depth, QA discipline, escalation handling and operational maturity, with price weighted at most 40 %.';
    if (!evaluation) return fail(['The vendor has not been evaluated yet'], recommendation);
    const share = evaluation.priceWeightShare;
    const missing = NON_PRICE_CRITERIA.filter((key) => !evaluation.criteriaKeys.includes(key));
    const evidence = [
      `Price carries ${percentOf(share)} of the evaluation weight`,
      missing.length
        ? `Not scored: ${listOf(missing)}`
        : `All four non-price criteria were scored (${listOf(NON_PRICE_CRITERIA)})`,
    ];
    if (share > 0.6) return fail(evidence, recommendation);
    if (share > 0.4 || missing.length > 0) return warn(evidence, recommendation);
    return pass(evidence);
  },
};
