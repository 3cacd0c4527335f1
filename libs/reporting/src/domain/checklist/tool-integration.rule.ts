import { ContractChecklistFacts } from './checklist-facts';
import { ChecklistRule, fail, pass, warn } from './checklist-item';
import { listOf } from './wording';

const FLAGS = ['customerHistoryAccess', 'internalNotesAccess', 'productUpdatesFeed', 'knowledgeBaseAccess'] as const;
type Flag = (typeof FLAGS)[number];

/** What the vendor's agents can and cannot do, in the words of a flag that is on or off. */
const SENTENCES: Record<Flag, [can: string, cannot: string]> = {
  customerHistoryAccess: ['Agents can see customer history', 'Agents cannot see customer history'],
  internalNotesAccess: ['Agents can read internal notes', 'Agents cannot read internal notes'],
  productUpdatesFeed: ['Agents receive product updates', 'Agents do not receive product updates'],
  knowledgeBaseAccess: ['Agents can use the knowledge base', 'Agents cannot use the knowledge base'],
};

/** Item 11: the vendor's agents see what internal agents see. */
export const toolIntegration: ChecklistRule<ContractChecklistFacts> = {
  key: 'tool_integration',
  title: 'Poor tool and workflow integration',
  evaluate({ terms }) {
    const integration: Record<string, unknown> = terms.integration ?? {};
    const on = FLAGS.filter((f) => integration[f] === true);
    const off = FLAGS.filter((f) => !on.includes(f));
    const evidence = terms.integration
      ? FLAGS.map((f) => SENTENCES[f][on.includes(f) ? 0 : 1])
      : ['The contract says nothing about tool access'];
    if (off.length === 0) return pass(evidence);
    const recommendation = `Give the vendor's agents access to ${listOf(off)} so they work from the same context as your team.`;
    return on.length === 0 ? fail(evidence, recommendation) : warn(evidence, recommendation);
  },
};
