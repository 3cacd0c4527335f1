import { VendorChecklistFacts } from './checklist-facts';
import { ChecklistRule, fail, pass, warn } from './checklist-item';

export const NON_PRICE_CRITERIA = ['training_depth', 'qa_discipline', 'escalation_handling', 'operational_maturity'];

/** Item 2: the latest evaluation weighs more than price. */
export const priceOnlySelection: ChecklistRule<VendorChecklistFacts> = {
  key: 'price_only_selection',
  title: 'Choosing a provider on price alone',
  evaluate({ evaluation }) {
    const recommendation =
      'Re-evaluate the vendor on training depth, QA discipline, escalation handling and operational maturity, with price weighted at most 40 %.';
    if (!evaluation) return fail(['no evaluation'], recommendation);
    const share = evaluation.priceWeightShare;
    const missing = NON_PRICE_CRITERIA.filter((key) => !evaluation.criteriaKeys.includes(key));
    const evidence = [
      `priceWeightShare ${share.toFixed(2)}`,
      missing.length ? `non-price criteria missing: ${missing.join(', ')}` : 'all four non-price criteria scored',
    ];
    if (share > 0.6) return fail(evidence, recommendation);
    if (share > 0.4 || missing.length > 0) return warn(evidence, recommendation);
    return pass(evidence);
  },
};
