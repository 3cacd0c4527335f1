import { BusinessRuleError } from '@vendorwatch/event-store';
import { QaErrorCode } from './qa-errors';

export interface ScorecardCriterion {
  key: string;
  label: string;
  weight: number;
  maxScore: number;
  critical: boolean;
}

/** The rules a scorecard's criteria must satisfy beyond their shape. */
export function assertValidCriteria(criteria: readonly ScorecardCriterion[]): void {
  if (criteria.length === 0)
    throw new BusinessRuleError(QaErrorCode.SCORECARD_CRITERIA_REQUIRED, 'A scorecard needs at least one criterion.');
  const keys = new Set<string>();
  for (const criterion of criteria) {
    if (keys.has(criterion.key))
      throw new BusinessRuleError(
        QaErrorCode.CRITERION_KEY_REPEATED,
        `Criterion key "${criterion.key}" appears twice; keys must be unique.`,
      );
    keys.add(criterion.key);
    if (!(criterion.weight > 0)) {
      const message = `Criterion "${criterion.key}" needs a weight above 0.`;
      throw new BusinessRuleError(QaErrorCode.CRITERION_WEIGHT_NOT_POSITIVE, message);
    }
    if (!Number.isInteger(criterion.maxScore) || criterion.maxScore < 1) {
      throw new BusinessRuleError(
        QaErrorCode.CRITERION_MAX_SCORE_INVALID,
        `Criterion "${criterion.key}" needs an integer maxScore of at least 1.`,
      );
    }
  }
}
