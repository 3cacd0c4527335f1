import { ContractChecklistFacts } from './checklist-facts';
import { ChecklistRule, fail, pass, warn } from './checklist-item';

const FLAGS = ['customerHistoryAccess', 'internalNotesAccess', 'productUpdatesFeed', 'knowledgeBaseAccess'] as const;

/** Item 11: the vendor's agents see what internal agents see. */
export const toolIntegration: ChecklistRule<ContractChecklistFacts> = {
  key: 'tool_integration',
  title: 'Poor tool and workflow integration',
  evaluate({ terms }) {
    const integration: Record<string, unknown> = terms.integration ?? {};
    const on = FLAGS.filter((f) => integration[f] === true);
    const off = FLAGS.filter((f) => !on.includes(f));
    const evidence = [
      terms.integration ? `integration flags true: ${on.length ? on.join(', ') : 'none'}` : 'no integration section',
      ...(off.length && terms.integration ? [`false or missing: ${off.join(', ')}`] : []),
    ];
    if (off.length === 0) return pass(evidence);
    const recommendation = `Give the vendor's agents ${off.join(', ')} so they work from the same context as your team.`;
    return on.length === 0 ? fail(evidence, recommendation) : warn(evidence, recommendation);
  },
};
