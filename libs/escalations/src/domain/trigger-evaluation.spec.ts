import { triggerProblems } from './escalation-trigger';
import {
  countedPeriods,
  evaluateAttritionAbove,
  evaluateQaAutoFail,
  evaluateQaScoreBelow,
  evaluateSlaAtRisk,
  evaluateSlaBreach,
  PeriodMeasurement,
  ReviewFact,
} from './trigger-evaluation';

const week = (n: number) => new Date(Date.UTC(2026, 0, 5 + 7 * n)).toISOString();
const measured = (
  n: number,
  outcome: PeriodMeasurement['outcome'],
  extra: Partial<PeriodMeasurement> = {},
): PeriodMeasurement => ({
  periodStart: week(n),
  outcome,
  provisional: false,
  source: 'computed',
  ...extra,
});
const ours = (n: number) => ({ periodStart: week(n), source: 'computed' as const });
const twoInARow = { type: 'sla_breach' as const, consecutiveBreaches: 2 };

describe('sla_at_risk', () => {
  const period = { slaId: 'sla-1', periodStart: week(0), value: 80, sampleSize: 40, elapsedPercent: 53.57 };

  it('fires for any SLA of the contract, or only the one it names, with the SLA as subject', () => {
    expect(evaluateSlaAtRisk({ type: 'sla_at_risk' }, period)).toEqual({
      subject: 'sla-1',
      cause: {
        trigger: 'sla_at_risk',
        description: `SLA sla-1 is at risk in the period from ${week(0)}: 80 over 40 records fails its objective with 53.57% of the period gone.`,
        figures: { slaId: 'sla-1', periodStart: week(0), value: 80, sampleSize: 40, elapsedPercent: 53.57 },
      },
    });
    expect(evaluateSlaAtRisk({ type: 'sla_at_risk', slaId: 'sla-1' }, period)?.subject).toBe('sla-1');
    expect(evaluateSlaAtRisk({ type: 'sla_at_risk', slaId: 'sla-2' }, period)).toBeUndefined();
  });

  it('takes an optional SLA id and nothing else', () => {
    expect(triggerProblems({ type: 'sla_at_risk' })).toEqual([]);
    expect(triggerProblems({ type: 'sla_at_risk', slaId: 'nope', consecutiveBreaches: 1 })).toEqual([
      'trigger.slaId must be a UUID',
      'trigger.consecutiveBreaches is not a field of sla_at_risk',
    ]);
  });
});

describe('sla_breach', () => {
  it('does not fire after one breach', () => {
    expect(
      evaluateSlaBreach(twoInARow, 'sla-1', [measured(0, 'met'), measured(1, 'breached')], ours(1)),
    ).toBeUndefined();
  });

  it('fires when the n latest counted periods are breached, naming them', () => {
    const firing = evaluateSlaBreach(twoInARow, 'sla-1', [measured(0, 'breached'), measured(1, 'breached')], ours(1));
    expect(firing).toEqual({
      subject: 'sla-1',
      cause: {
        trigger: 'sla_breach',
        description: `SLA sla-1 breached its 2 latest measured periods (${week(0)}, ${week(1)}).`,
        figures: { slaId: 'sla-1', consecutiveBreaches: 2, breachedPeriods: [week(0), week(1)] },
      },
    });
  });

  it('skips insufficient-data and provisional periods', () => {
    const history = [
      measured(0, 'breached'),
      measured(1, 'insufficient_data'),
      measured(2, 'breached'),
      measured(3, 'met', { provisional: true }),
    ];
    expect(evaluateSlaBreach(twoInARow, 'sla-1', history, ours(2))?.cause.figures.breachedPeriods).toEqual([
      week(0),
      week(2),
    ]);
  });

  it('ranks computed over manual over the vendor report of the same period', () => {
    const history = [
      measured(0, 'met', { source: 'vendor_report' }),
      measured(0, 'breached', { source: 'manual' }),
      measured(1, 'breached'),
    ];
    expect(countedPeriods(history).map((m) => [m.source, m.outcome])).toEqual([
      ['computed', 'breached'],
      ['manual', 'breached'],
    ]);
    expect(countedPeriods([...history, measured(0, 'met')]).map((m) => m.outcome)).toEqual(['breached', 'met']);
  });

  it('lets our own figure win over the vendor report of the same period', () => {
    const history = [measured(0, 'breached'), measured(1, 'met'), measured(1, 'breached', { source: 'vendor_report' })];
    expect(countedPeriods(history).map((m) => m.outcome)).toEqual(['met', 'breached']);
    expect(
      evaluateSlaBreach(twoInARow, 'sla-1', history, { periodStart: week(1), source: 'vendor_report' }),
    ).toBeUndefined();
  });

  it('does not fire again when the vendor reports a period a stronger figure already counts as breached', () => {
    const history = [
      measured(0, 'breached'),
      measured(1, 'breached'),
      measured(1, 'breached', { source: 'vendor_report' }),
    ];
    expect(
      evaluateSlaBreach(twoInARow, 'sla-1', history, { periodStart: week(1), source: 'vendor_report' }),
    ).toBeUndefined();
  });

  it('does not fire for another SLA than the one named, nor for a correction of an older period', () => {
    const history = [measured(0, 'breached'), measured(1, 'breached'), measured(2, 'breached')];
    expect(evaluateSlaBreach({ ...twoInARow, slaId: 'sla-2' }, 'sla-1', history, ours(2))).toBeUndefined();
    expect(evaluateSlaBreach(twoInARow, 'sla-1', history, ours(0))).toBeUndefined();
  });
});

const NOW = new Date('2026-03-31T12:00:00.000Z');
const review = (daysAgo: number, score: number, autoFailed = false): ReviewFact => ({
  reviewId: `review-${daysAgo}-${score}`,
  score,
  autoFailed,
  submittedAt: new Date(NOW.getTime() - daysAgo * 86_400_000).toISOString(),
});

describe('qa_score_below', () => {
  const trigger = { type: 'qa_score_below' as const, threshold: 80, windowDays: 30, minReviews: 3 };

  it('fires when the window average is below the threshold with enough reviews', () => {
    const firing = evaluateQaScoreBelow(
      trigger,
      'contract-1',
      [review(1, 70), review(2, 75), review(3, 85), review(40, 10)],
      NOW,
    );
    expect(firing?.subject).toBe('contract-1');
    expect(firing?.cause.figures).toEqual({ averageScore: 76.7, reviews: 3, threshold: 80, windowDays: 30 });
  });

  it('waits for the minimum number of reviews', () => {
    expect(evaluateQaScoreBelow(trigger, 'contract-1', [review(1, 10), review(2, 20)], NOW)).toBeUndefined();
  });

  it('does not fire at or above the threshold', () => {
    expect(
      evaluateQaScoreBelow(trigger, 'contract-1', [review(1, 80), review(2, 80), review(3, 80)], NOW),
    ).toBeUndefined();
  });
});

describe('qa_auto_fail', () => {
  const trigger = { type: 'qa_auto_fail' as const, count: 2, windowDays: 7 };

  it('fires on the count-th auto-fail in the window', () => {
    expect(
      evaluateQaAutoFail(trigger, 'contract-1', [review(1, 0, true), review(6, 0, true)], NOW)?.cause.figures
        .autoFailedReviews,
    ).toBe(2);
  });

  it('ignores auto-fails older than the window', () => {
    expect(evaluateQaAutoFail(trigger, 'contract-1', [review(1, 0, true), review(8, 0, true)], NOW)).toBeUndefined();
  });
});

describe('attrition_above', () => {
  const trigger = { type: 'attrition_above' as const, annualizedPercent: 40 };
  const report = (percent: number | null) => ({
    vendorId: 'vendor-1',
    month: '2026-02',
    annualizedAttritionPercent: percent,
  });

  it('fires only above the limit and never without a figure', () => {
    expect(evaluateAttritionAbove(trigger, 'contract-1', report(52.5))?.cause.description).toBe(
      "The vendor reported 52.5 % annualized agent attrition for 2026-02, above the rule's limit of 40 %.",
    );
    expect(evaluateAttritionAbove(trigger, 'contract-1', report(40))).toBeUndefined();
    expect(evaluateAttritionAbove(trigger, 'contract-1', report(null))).toBeUndefined();
  });
});

describe('trigger validation', () => {
  it('accepts each type with its fields', () => {
    expect(
      triggerProblems({ type: 'sla_breach', slaId: '4a9b0d6c-1f5e-4c4b-9a37-2f1a6f3e8d10', consecutiveBreaches: 3 }),
    ).toEqual([]);
    expect(triggerProblems({ type: 'qa_score_below', threshold: 75.5, windowDays: 30, minReviews: 10 })).toEqual([]);
    expect(triggerProblems({ type: 'qa_auto_fail', count: 1, windowDays: 7 })).toEqual([]);
    expect(triggerProblems({ type: 'attrition_above', annualizedPercent: 35 })).toEqual([]);
  });

  it('names an unknown type, a bad value and a stray field', () => {
    expect(triggerProblems({ type: 'csat_drop' })).toEqual([
      'trigger.type must be one of sla_breach, sla_at_risk, qa_score_below, qa_auto_fail, attrition_above',
    ]);
    expect(triggerProblems({ type: 'sla_breach', consecutiveBreaches: 0, threshold: 5 })).toEqual([
      'trigger.consecutiveBreaches must be an integer ≥ 1',
      'trigger.threshold is not a field of sla_breach',
    ]);
  });
});
