export const CHECKLIST_STATUSES = ['pass', 'warn', 'fail'] as const;
export type ChecklistStatus = (typeof CHECKLIST_STATUSES)[number];

export interface Verdict {
  status: ChecklistStatus;
  evidence: string[];
  recommendation: string;
}

export interface ChecklistItem extends Verdict {
  key: string;
  title: string;
}

/** One of SPEC §8's twelve mistakes: how to judge it from the facts `F` at time `now`. */
export interface ChecklistRule<F> {
  key: string;
  title: string;
  evaluate(facts: F, now: Date): Verdict;
}

export const pass = (evidence: string[]): Verdict => ({ status: 'pass', evidence, recommendation: '' });
export const warn = (evidence: string[], recommendation: string): Verdict => ({
  status: 'warn',
  evidence,
  recommendation,
});
export const fail = (evidence: string[], recommendation: string): Verdict => ({
  status: 'fail',
  evidence,
  recommendation,
});

export function worstStatus(statuses: ChecklistStatus[]): ChecklistStatus {
  return statuses.reduce<ChecklistStatus>(
    (worst, s) => (CHECKLIST_STATUSES.indexOf(s) > CHECKLIST_STATUSES.indexOf(worst) ? s : worst),
    'pass',
  );
}
