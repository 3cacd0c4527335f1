import { BusinessRuleError } from '@vendorwatch/event-store';

export interface ScorecardCriterion {
  key: string;
  label: string;
  weight: number;
  maxScore: number;
  critical: boolean;
}

/** The rules a scorecard's criteria must satisfy beyond their shape. */
export function assertValidCriteria(criteria: readonly ScorecardCriterion[]): void {
  if (criteria.length === 0) throw new BusinessRuleError('A scorecard needs at least one criterion.');
  const keys = new Set<string>();
  for (const criterion of criteria) {
    if (keys.has(criterion.key))
      throw new BusinessRuleError(`Criterion key "${criterion.key}" appears twice; keys must be unique.`);
    keys.add(criterion.key);
    if (!(criterion.weight > 0)) throw new BusinessRuleError(`Criterion "${criterion.key}" needs a weight above 0.`);
    if (!Number.isInteger(criterion.maxScore) || criterion.maxScore < 1) {
      throw new BusinessRuleError(`Criterion "${criterion.key}" needs an integer maxScore of at least 1.`);
    }
  }
}
