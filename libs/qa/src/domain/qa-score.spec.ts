import { BusinessRuleError } from '@vendorwatch/event-store';
import { QaErrorCode } from './qa-errors';
import { scoreAnswers } from './qa-score';
import { ScorecardCriterion } from './scorecard-criterion';

const criterion = (key: string, weight: number, maxScore: number, critical = false): ScorecardCriterion => ({
  key,
  label: key,
  weight,
  maxScore,
  critical,
});

const criteria = [criterion('greeting', 1, 5), criterion('accuracy', 3, 10), criterion('compliance', 2, 1, true)];

describe('scoreAnswers', () => {
  it('weights each answered criterion by weight·score/maxScore', () => {
    // (1·4/5 + 3·7/10 + 2·1/1) / (1 + 3 + 2) × 100 = (0.8 + 2.1 + 2) / 6 × 100 = 81.666… → 81.7
    const result = scoreAnswers(criteria, [
      { criterionKey: 'greeting', score: 4 },
      { criterionKey: 'accuracy', score: 7 },
      { criterionKey: 'compliance', score: 1 },
    ]);
    expect(result).toEqual({ score: 81.7, autoFailed: false });
  });

  it('leaves null (not applicable) answers out of both sums', () => {
    // (3·5/10 + 2·1/1) / (3 + 2) × 100 = 3.5 / 5 × 100 = 70
    const result = scoreAnswers(criteria, [
      { criterionKey: 'greeting', score: null },
      { criterionKey: 'accuracy', score: 5 },
      { criterionKey: 'compliance', score: 1 },
    ]);
    expect(result).toEqual({ score: 70, autoFailed: false });
  });

  it('auto-fails with score 0 when a critical criterion is answered 0', () => {
    const result = scoreAnswers(criteria, [
      { criterionKey: 'greeting', score: 5 },
      { criterionKey: 'accuracy', score: 10 },
      { criterionKey: 'compliance', score: 0 },
    ]);
    expect(result).toEqual({ score: 0, autoFailed: true });
  });

  it('does not auto-fail on a non-critical criterion answered 0', () => {
    // (0 + 3·10/10 + 2·1/1) / 6 × 100 = 83.333… → 83.3
    const result = scoreAnswers(criteria, [
      { criterionKey: 'greeting', score: 0 },
      { criterionKey: 'accuracy', score: 10 },
      { criterionKey: 'compliance', score: 1 },
    ]);
    expect(result).toEqual({ score: 83.3, autoFailed: false });
  });

  it.each([
    ['every answer null', [null, null, null], /at least one criterion must be scored/],
    ['a score above maxScore', [6, 5, 1], /"greeting" takes a score from 0 to 5/],
    ['a negative score', [3, -1, 1], /"accuracy" takes a score from 0 to 10/],
  ])('rejects %s with a business rule error (422)', (_case, scores, message) => {
    const answers = ['greeting', 'accuracy', 'compliance'].map((criterionKey, i) => ({
      criterionKey,
      score: scores[i],
    }));
    expect(() => scoreAnswers(criteria, answers)).toThrow(BusinessRuleError);
    expect(() => scoreAnswers(criteria, answers)).toThrow(message);
  });

  it('rejects a missing answer', () => {
    const answers = [
      { criterionKey: 'greeting', score: 4 },
      { criterionKey: 'accuracy', score: 7 },
    ];
    expect(() => scoreAnswers(criteria, answers)).toThrow(
      expect.objectContaining({
        code: QaErrorCode.CRITERION_UNANSWERED,
        message: 'Every criterion must be answered (null when not applicable); missing: compliance.',
      }),
    );
  });

  it('rejects a criterion answered twice', () => {
    const answers = [
      { criterionKey: 'greeting', score: 4 },
      { criterionKey: 'greeting', score: 3 },
      { criterionKey: 'accuracy', score: 7 },
      { criterionKey: 'compliance', score: 1 },
    ];
    expect(() => scoreAnswers(criteria, answers)).toThrow(
      expect.objectContaining({
        code: QaErrorCode.CRITERION_ANSWERED_TWICE,
        message: 'Criterion "greeting" is answered more than once.',
      }),
    );
  });

  it('rejects an unknown criterion key', () => {
    const answers = [
      { criterionKey: 'greeting', score: 4 },
      { criterionKey: 'accuracy', score: 7 },
      { criterionKey: 'compliance', score: 1 },
      { criterionKey: 'empathy', score: 2 },
    ];
    expect(() => scoreAnswers(criteria, answers)).toThrow(
      expect.objectContaining({
        code: QaErrorCode.UNKNOWN_CRITERION,
        message: '"empathy" is not a criterion of this scorecard version.',
      }),
    );
  });
});
