export const REFERENCE_OUTCOMES = ['positive', 'neutral', 'negative'] as const;
export type ReferenceOutcome = (typeof REFERENCE_OUTCOMES)[number];

export const DUE_DILIGENCE_ITEMS = [
  'case_handling_review',
  'qa_process',
  'peak_volume_handling',
  'change_management',
  'security_review',
  'escalation_process',
] as const;
export type DueDiligenceItem = (typeof DUE_DILIGENCE_ITEMS)[number];

export const DUE_DILIGENCE_OUTCOMES = ['verified', 'concerns', 'missing'] as const;
export type DueDiligenceOutcome = (typeof DUE_DILIGENCE_OUTCOMES)[number];

export interface ReferenceCheck {
  company: string;
  contactRole: string;
  outcome: ReferenceOutcome;
  notes: string | null;
}

export interface DueDiligenceEntry {
  item: DueDiligenceItem;
  outcome: DueDiligenceOutcome;
  notes: string | null;
}
