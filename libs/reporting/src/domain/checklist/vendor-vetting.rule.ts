import { VendorChecklistFacts } from './checklist-facts';
import { ChecklistRule, fail, pass, warn } from './checklist-item';
import { label, listOf } from './wording';

export const VETTING_ITEMS = ['case_handling_review', 'qa_process', 'peak_volume_handling', 'change_management'];

/** Item 9: references and due diligence before trusting the vendor. */
export const vendorVetting: ChecklistRule<VendorChecklistFacts> = {
  key: 'vendor_vetting',
  title: 'Poor vendor vetting',
  evaluate({ referenceChecks, dueDiligence }) {
    const favourable = referenceChecks.positive + referenceChecks.neutral;
    const all = favourable + referenceChecks.negative;
    const verified = VETTING_ITEMS.filter((item) => dueDiligence[item] === 'verified');
    const unverified = VETTING_ITEMS.filter((item) => !verified.includes(item));
    const evidence = [
      `${favourable} favourable (positive or neutral) reference check${favourable === 1 ? '' : 's'} of ${all}`,
      verified.length ? `Verified: ${listOf(verified)}` : 'Nothing verified in due diligence yet',
      ...(unverified.length
        ? [
            `Not verified: ${unverified.map((i) => `${label(i)} (${(dueDiligence[i] ?? 'not recorded').replace(/_/g, ' ')})`).join(', ')}`,
          ]
        : []),
    ];
    if (favourable >= 2 && unverified.length === 0) return pass(evidence);
    const recommendation =
      'Complete the vetting: at least two favourable reference checks and verified case handling, QA process, peak volume handling and change management.';
    return all >= 1 || verified.length >= 1 ? warn(evidence, recommendation) : fail(evidence, recommendation);
  },
};
