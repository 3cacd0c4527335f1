import { BusinessRuleError, InvalidStateError } from '@vendorwatch/event-store';
import { QaErrorCode } from './qa-errors';
import { QaReview, QaReviewSubmission } from './qa-review.aggregate';
import { QaDisputeResolved, QaFeedbackAcknowledged, QaReviewDisputed, QaReviewSubmitted } from './qa-review.events';
import { ScorecardCriterion } from './scorecard-criterion';

const criteria: ScorecardCriterion[] = [
  { key: 'greeting', label: 'Greeting', weight: 1, maxScore: 5, critical: false },
  { key: 'compliance', label: 'Compliance', weight: 1, maxScore: 1, critical: true },
];
const submittedAt = new Date('2026-03-02T10:00:00.000Z');
const days = (n: number) => new Date(submittedAt.getTime() + n * 24 * 60 * 60 * 1000);

const submission: QaReviewSubmission = {
  id: 'review-1',
  contractId: 'contract-1',
  vendorId: 'vendor-1',
  scorecardId: 'scorecard-1',
  scorecardVersion: 2,
  criteria,
  interaction: { externalId: 'T-1', channel: 'chat', occurredAt: '2026-03-01T09:00:00.000Z' },
  agentRef: 'agent-7',
  answers: [
    { criterionKey: 'greeting', score: 3 },
    { criterionKey: 'compliance', score: 1 },
  ],
  reviewerId: 'reviewer-a',
  comments: null,
  calibrationGroup: null,
};

/** Given the review's history, when `command` runs, then the events it applied. */
function given(history: object[], command: (review: QaReview) => void): object[] {
  const review = new QaReview();
  review.loadFromHistory(history);
  command(review);
  return review.getUncommittedEvents();
}

const submitted = () => QaReview.submit(submission, submittedAt).getUncommittedEvents()[0] as QaReviewSubmitted;
const disputed = new QaReviewDisputed(
  'review-1',
  'contract-1',
  'vendor-1',
  'Agent followed the script',
  'vendor-user',
  days(1).toISOString(),
);

describe('QaReview', () => {
  it('scores a submission and keeps the scorecard version it was scored on', () => {
    // (1·3/5 + 1·1/1) / 2 × 100 = 80
    expect(submitted()).toMatchObject({
      reviewId: 'review-1',
      scorecardVersion: 2,
      score: 80,
      autoFailed: false,
      vendorId: 'vendor-1',
    });
  });

  it('accepts a dispute inside the window', () => {
    const events = given([submitted()], (r) => r.dispute('Agent followed the script', 'vendor-user', 14, days(14)));
    expect(events).toEqual([
      new QaReviewDisputed(
        'review-1',
        'contract-1',
        'vendor-1',
        'Agent followed the script',
        'vendor-user',
        days(14).toISOString(),
      ),
    ]);
  });

  it('refuses a dispute after the window (409)', () => {
    expect(() => given([submitted()], (r) => r.dispute('late', 'vendor-user', 14, days(14.01)))).toThrow(
      expect.objectContaining({ code: QaErrorCode.DISPUTE_WINDOW_CLOSED }),
    );
    expect(() => given([submitted()], (r) => r.dispute('late', 'vendor-user', 3, days(4)))).toThrow(
      /dispute window of 3 days closed/,
    );
  });

  it('refuses a second dispute (409)', () => {
    expect(() => given([submitted(), disputed], (r) => r.dispute('again', 'vendor-user', 14, days(2)))).toThrow(
      expect.objectContaining({
        code: QaErrorCode.DISPUTE_ALREADY_OPEN,
        message: 'This review is disputed; a review can be disputed only once, before it is acknowledged.',
      }),
    );
  });

  it('re-scores an amended dispute with the new answers', () => {
    const answers = [
      { criterionKey: 'greeting', score: 5 },
      { criterionKey: 'compliance', score: 1 },
    ];
    const events = given([submitted(), disputed], (r) =>
      r.resolveDispute(
        { outcome: 'amended', answers, note: 'fair point', resolverId: 'reviewer-b', criteria },
        days(2),
      ),
    );
    expect(events).toEqual([
      new QaDisputeResolved(
        'review-1',
        'contract-1',
        'vendor-1',
        'amended',
        answers,
        80,
        100,
        false,
        'fair point',
        'reviewer-b',
        days(2).toISOString(),
      ),
    ]);
  });

  it('keeps the score of an upheld review', () => {
    const [event] = given([submitted(), disputed], (r) =>
      r.resolveDispute(
        { outcome: 'upheld', answers: null, note: 'stands', resolverId: 'reviewer-b', criteria },
        days(2),
      ),
    );
    expect(event).toMatchObject({ outcome: 'upheld', previousScore: 80, score: 80, autoFailed: false });
  });

  it("refuses a resolution by the review's author (409)", () => {
    const resolve = (r: QaReview) =>
      r.resolveDispute({ outcome: 'upheld', answers: null, note: 'mine', resolverId: 'reviewer-a', criteria }, days(2));
    expect(() => given([submitted(), disputed], resolve)).toThrow(
      expect.objectContaining({
        code: QaErrorCode.RESOLVER_IS_REVIEWER,
        message: "A review's author cannot resolve its dispute; another QA reviewer must.",
      }),
    );
  });

  it('refuses an amended resolution without answers (422) and a resolution of an undisputed review (409)', () => {
    const amendWithout = (r: QaReview) =>
      r.resolveDispute({ outcome: 'amended', answers: null, note: 'x', resolverId: 'reviewer-b', criteria }, days(2));
    expect(() => given([submitted(), disputed], amendWithout)).toThrow(BusinessRuleError);
    const uphold = (r: QaReview) =>
      r.resolveDispute({ outcome: 'upheld', answers: null, note: 'x', resolverId: 'reviewer-b', criteria }, days(2));
    expect(() => given([submitted()], uphold)).toThrow(
      expect.objectContaining({
        code: 'INVALID_STATUS',
        message: 'This review is submitted; only a disputed review can be resolved.',
      }),
    );
  });

  it('acknowledges once, not while disputed, and then closes the review to disputes', () => {
    const acknowledged = new QaFeedbackAcknowledged(
      'review-1',
      'contract-1',
      'vendor-1',
      null,
      'vendor-user',
      days(1).toISOString(),
    );
    expect(given([submitted()], (r) => r.acknowledge(null, 'vendor-user', days(1)))).toEqual([acknowledged]);
    expect(() => given([submitted(), disputed], (r) => r.acknowledge(null, 'vendor-user', days(2)))).toThrow(
      InvalidStateError,
    );
    expect(() => given([submitted(), acknowledged], (r) => r.acknowledge(null, 'vendor-user', days(2)))).toThrow(
      'already acknowledged',
    );
    expect(() => given([submitted(), acknowledged], (r) => r.dispute('late', 'vendor-user', 14, days(2)))).toThrow(
      'This review is acknowledged',
    );
  });
});
