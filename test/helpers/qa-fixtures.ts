/** Scorecard v1 and its revision v2: `accuracy` gives way to `empathy`, so reviews show which version scored them. */
export const SCORECARD_V1 = {
  name: 'Chat quality',
  criteria: [
    { key: 'greeting', label: 'Greets the customer', weight: 1, maxScore: 5 },
    { key: 'accuracy', label: 'Answer is accurate', weight: 3, maxScore: 10 },
    { key: 'compliance', label: 'Verifies identity', weight: 2, maxScore: 1, critical: true },
  ],
};

export const SCORECARD_V2 = {
  name: 'Chat quality (2026)',
  criteria: [
    { key: 'greeting', label: 'Greets the customer', weight: 1, maxScore: 5 },
    { key: 'empathy', label: 'Shows empathy', weight: 2, maxScore: 4 },
    { key: 'compliance', label: 'Verifies identity', weight: 2, maxScore: 1, critical: true },
  ],
};

/** Answers in criterion order of the scorecard, e.g. `answers(['greeting', 4], ['accuracy', null])`. */
export function answers(...pairs: [string, number | null][]) {
  return pairs.map(([criterionKey, score]) => ({ criterionKey, score }));
}
