/**
 * How the checklist names the contract's fields and the vendor's records to the people who read it (procurement,
 * operations): words, never field names or ids.
 */
const LABELS: Record<string, string> = {
  responseTimeTargets: 'response-time targets',
  escalationBoundaries: 'escalation boundaries',
  toneGuidelines: 'tone guidelines',
  resolutionStandards: 'resolution standards',
  training_depth: 'training depth',
  qa_discipline: 'QA discipline',
  escalation_handling: 'escalation handling',
  operational_maturity: 'operational maturity',
  product_walkthrough: 'product walkthrough',
  real_case_training: 'training on real cases',
  shadowing: 'shadowing',
  documentation_access: 'documentation access',
  case_handling_review: 'case handling review',
  qa_process: 'QA process',
  peak_volume_handling: 'peak volume handling',
  change_management: 'change management',
  peakMultiplier: 'peak multiplier',
  elasticStaffingPercent: 'elastic staffing',
  overflowProcedure: 'overflow procedure',
  surgeNoticeHours: 'surge notice',
  customerHistoryAccess: 'customer history',
  internalNotesAccess: 'internal notes',
  productUpdatesFeed: 'the product updates feed',
  knowledgeBaseAccess: 'the knowledge base',
};

export const label = (key: string): string => LABELS[key] ?? key.replace(/_/g, ' ');

/** "a", "a and b", "a, b and c" of the keys' labels. */
export function listOf(keys: readonly string[]): string {
  const words = keys.map(label);
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

export const capitalized = (text: string): string => `${text[0].toUpperCase()}${text.slice(1)}`;

/** Whole percent of a fraction, as people write it: "45 %". */
export const percentOf = (fraction: number): string => `${Math.round(fraction * 100)} %`;
