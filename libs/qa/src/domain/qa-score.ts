import { BusinessRuleError } from '@vendorwatch/event-store';
import { QaErrorCode } from './qa-errors';
import { roundTo } from './rounding';
import { ScorecardCriterion } from './scorecard-criterion';

export interface QaAnswer {
  criterionKey: string;
  /** null: the criterion does not apply to this interaction. */
  score: number | null;
}

export interface QaScore {
  score: number;
  autoFailed: boolean;
}

/**
 * SPEC §7: Score = Σ(weight·score/maxScore over answered) / Σ(weight over answered) × 100, 1 decimal;
 * any critical criterion answered 0 fails the review outright (score 0).
 */
export function scoreAnswers(criteria: readonly ScorecardCriterion[], answers: readonly QaAnswer[]): QaScore {
  const answered = matchAnswers(criteria, answers).filter((pair) => pair.answer.score !== null);
  if (answered.length === 0)
    throw new BusinessRuleError(
      QaErrorCode.NO_CRITERION_SCORED,
      'Every answer is null (not applicable); at least one criterion must be scored.',
    );
  if (answered.some(({ criterion, answer }) => criterion.critical && answer.score === 0))
    return { score: 0, autoFailed: true };
  const weighted = answered.reduce(
    (sum, { criterion, answer }) => sum + (criterion.weight * answer.score!) / criterion.maxScore,
    0,
  );
  const weights = answered.reduce((sum, { criterion }) => sum + criterion.weight, 0);
  return { score: roundTo((weighted / weights) * 100, 1), autoFailed: false };
}

function matchAnswers(criteria: readonly ScorecardCriterion[], answers: readonly QaAnswer[]) {
  const byKey = new Map(criteria.map((criterion) => [criterion.key, criterion]));
  const seen = new Set<string>();
  const pairs = answers.map((answer) => {
    const criterion = byKey.get(answer.criterionKey);
    if (!criterion)
      throw new BusinessRuleError(
        QaErrorCode.UNKNOWN_CRITERION,
        `"${answer.criterionKey}" is not a criterion of this scorecard version.`,
      );
    if (seen.has(answer.criterionKey))
      throw new BusinessRuleError(
        QaErrorCode.CRITERION_ANSWERED_TWICE,
        `Criterion "${answer.criterionKey}" is answered more than once.`,
      );
    seen.add(answer.criterionKey);
    const score = answer.score;
    if (score !== null && (score < 0 || score > criterion.maxScore)) {
      throw new BusinessRuleError(
        QaErrorCode.SCORE_OUT_OF_RANGE,
        `Criterion "${answer.criterionKey}" takes a score from 0 to ${criterion.maxScore}, or null.`,
      );
    }
    return { criterion, answer };
  });
  const missing = criteria.filter((criterion) => !seen.has(criterion.key)).map((criterion) => criterion.key);
  if (missing.length)
    throw new BusinessRuleError(
      QaErrorCode.CRITERION_UNANSWERED,
      `Every criterion must be answered (null when not applicable); missing: ${missing.join(', ')}.`,
    );
  return pairs;
}
