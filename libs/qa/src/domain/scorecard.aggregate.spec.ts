import { QaErrorCode } from './qa-errors';
import { Scorecard } from './scorecard.aggregate';
import { ScorecardPublished, ScorecardRevised } from './scorecard.events';
import { ScorecardCriterion } from './scorecard-criterion';

const criterion = (key: string, overrides: Partial<ScorecardCriterion> = {}): ScorecardCriterion => ({
  key,
  label: key,
  weight: 1,
  maxScore: 5,
  critical: false,
  ...overrides,
});
const publishedAt = new Date('2026-03-01T09:00:00.000Z');
const revisedAt = new Date('2026-03-08T09:00:00.000Z');

describe('Scorecard', () => {
  it('publishes version 1 and revises to version 2, keeping the criteria of every version', () => {
    const scorecard = Scorecard.publish('sc-1', 'Chat', [criterion('greeting')], publishedAt);
    scorecard.revise('Chat v2', [criterion('greeting'), criterion('empathy', { weight: 2 })], revisedAt);
    expect(scorecard.getUncommittedEvents()).toEqual([
      new ScorecardPublished('sc-1', 'Chat', [criterion('greeting')], 1, publishedAt.toISOString()),
      new ScorecardRevised(
        'sc-1',
        'Chat v2',
        [criterion('greeting'), criterion('empathy', { weight: 2 })],
        2,
        revisedAt.toISOString(),
      ),
    ]);
    expect(scorecard.currentRevision).toBe(2);
    expect(scorecard.criteriaOf(1).map((c) => c.key)).toEqual(['greeting']);
    expect(scorecard.criteriaOf(2).map((c) => c.key)).toEqual(['greeting', 'empathy']);
  });

  it.each([
    [
      'duplicate keys',
      [criterion('a'), criterion('a')],
      QaErrorCode.CRITERION_KEY_REPEATED,
      'Criterion key "a" appears twice; keys must be unique.',
    ],
    [
      'a zero weight',
      [criterion('a', { weight: 0 })],
      QaErrorCode.CRITERION_WEIGHT_NOT_POSITIVE,
      'Criterion "a" needs a weight above 0.',
    ],
    [
      'a fractional maxScore',
      [criterion('a', { maxScore: 2.5 })],
      QaErrorCode.CRITERION_MAX_SCORE_INVALID,
      'Criterion "a" needs an integer maxScore of at least 1.',
    ],
    [
      'a maxScore of 0',
      [criterion('a', { maxScore: 0 })],
      QaErrorCode.CRITERION_MAX_SCORE_INVALID,
      'Criterion "a" needs an integer maxScore of at least 1.',
    ],
  ])('rejects %s with 422', (_case, criteria, code, message) => {
    expect(() => Scorecard.publish('sc-1', 'Chat', criteria, publishedAt)).toThrow(
      expect.objectContaining({ kind: 'rule_violation', code, message }),
    );
  });
});
