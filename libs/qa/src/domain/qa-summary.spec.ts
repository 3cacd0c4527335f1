import { summarizeReviews, SummarizedReview } from './qa-summary';

const review = (overrides: Partial<SummarizedReview>): SummarizedReview => ({
  agentRef: 'agent-a',
  score: 80,
  autoFailed: false,
  disputed: false,
  amended: false,
  acknowledged: false,
  calibrationGroup: null,
  ...overrides,
});

describe('summarizeReviews', () => {
  it('computes averages, rates, per-agent figures and calibration spreads', () => {
    const summary = summarizeReviews([
      review({ agentRef: 'agent-b', score: 90.5, calibrationGroup: 'call-1', disputed: true, amended: true }),
      review({ agentRef: 'agent-a', score: 70, calibrationGroup: 'call-1', acknowledged: true }),
      review({ agentRef: 'agent-a', score: 0, autoFailed: true, disputed: true }),
      review({ agentRef: 'agent-b', score: 60, calibrationGroup: 'call-2' }),
      review({ agentRef: 'agent-b', score: 65.5, calibrationGroup: 'call-2' }),
      review({ agentRef: 'agent-c', score: 100, calibrationGroup: 'lonely' }),
    ]);
    // average: (90.5 + 70 + 0 + 60 + 65.5 + 100) / 6 = 386 / 6 = 64.333… → 64.3
    // rates: auto-fail 1/6 = 0.1667, disputed 2/6 = 0.3333, overturn 1 amended / 2 disputed = 0.5, acknowledged 1/6
    // calibration: call-1 spread 90.5 − 70 = 20.5, call-2 spread 5.5 ("lonely" has one review): mean 13, max 20.5
    expect(summary).toEqual({
      reviews: 6,
      averageScore: 64.3,
      autoFailRate: 0.1667,
      disputeRate: 0.3333,
      overturnRate: 0.5,
      acknowledgedRate: 0.1667,
      byAgent: [
        { agentRef: 'agent-a', reviews: 2, averageScore: 35, autoFails: 1 },
        { agentRef: 'agent-b', reviews: 3, averageScore: 72, autoFails: 0 },
        { agentRef: 'agent-c', reviews: 1, averageScore: 100, autoFails: 0 },
      ],
      calibration: { groups: 2, meanSpread: 13, maxSpread: 20.5 },
    });
  });

  it('rounds the decimal values, not their binary approximations', () => {
    const summary = summarizeReviews([
      review({ score: 81.7, calibrationGroup: 'g1' }),
      review({ score: 95, calibrationGroup: 'g1' }),
      review({ score: 100, calibrationGroup: 'g2' }),
      review({ score: 100, calibrationGroup: 'g2' }),
    ]);
    // spreads 95 − 81.7 = 13.3 (13.2999… in binary) and 0: mean 6.65 → 6.7
    expect(summary.calibration).toEqual({ groups: 2, meanSpread: 6.7, maxSpread: 13.3 });
    // (81.7 + 95 + 100 + 100) / 4 = 94.175 → 94.2
    expect(summary.averageScore).toBe(94.2);
  });

  it('answers zero rates and no averages when there is nothing to summarize', () => {
    expect(summarizeReviews([])).toEqual({
      reviews: 0,
      averageScore: null,
      autoFailRate: 0,
      disputeRate: 0,
      overturnRate: 0,
      acknowledgedRate: 0,
      byAgent: [],
      calibration: { groups: 0, meanSpread: null, maxSpread: null },
    });
  });
});
