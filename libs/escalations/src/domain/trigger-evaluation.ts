import { MEASUREMENT_SOURCES, MeasurementOutcome, MeasurementSource } from '@vendorwatch/slas';
import { EscalationCause } from './escalation-cause';
import {
  AttritionAboveTrigger,
  QaAutoFailTrigger,
  QaScoreBelowTrigger,
  SlaAtRiskTrigger,
  SlaBreachTrigger,
} from './escalation-trigger';

/** A trigger whose condition holds: the subject it escalates and why (the causing event is added by the caller). */
export interface Firing {
  subject: string;
  cause: Omit<EscalationCause, 'sourceEventId' | 'sourceEventType'>;
}

export type { MeasurementOutcome, MeasurementSource };

/** The latest measurement of one SLA period from one source. */
export interface PeriodMeasurement {
  periodStart: string;
  source: MeasurementSource;
  outcome: MeasurementOutcome;
  provisional: boolean;
}

export interface ReviewFact {
  reviewId: string;
  score: number;
  autoFailed: boolean;
  submittedAt: string;
}

const DAY_MS = 86_400_000;

const rank = (m: PeriodMeasurement) => MEASUREMENT_SOURCES.indexOf(m.source);

/**
 * The period outcomes that count, newest first: per period the strongest source's latest figure (so a vendor's
 * claim never overrides ops' figure or the computed one); provisional and `insufficient_data` periods are skipped.
 */
export function countedPeriods(measurements: PeriodMeasurement[]): PeriodMeasurement[] {
  const byPeriod = new Map<string, PeriodMeasurement>();
  for (const m of measurements) {
    const held = byPeriod.get(m.periodStart);
    if (!held || rank(m) < rank(held)) byPeriod.set(m.periodStart, m);
  }
  return [...byPeriod.values()]
    .filter((m) => !m.provisional && m.outcome !== 'insufficient_data')
    .sort((a, b) => Date.parse(b.periodStart) - Date.parse(a.periodStart));
}

/**
 * Fires when the SLA's n latest counted periods are all breached and the measurement just made is one that counts
 * among them (so a vendor report beside a stronger figure, or a correction of an older period, does not fire again).
 */
export function evaluateSlaBreach(
  trigger: SlaBreachTrigger,
  slaId: string,
  measurements: PeriodMeasurement[],
  measured: Pick<PeriodMeasurement, 'periodStart' | 'source'>,
): Firing | undefined {
  if (trigger.slaId !== undefined && trigger.slaId !== slaId) return undefined;
  const n = trigger.consecutiveBreaches;
  const latest = countedPeriods(measurements).slice(0, n);
  const fires =
    latest.length === n &&
    latest.every((m) => m.outcome === 'breached') &&
    latest.some((m) => m.periodStart === measured.periodStart && m.source === measured.source);
  if (!fires) return undefined;
  const periods = latest.map((m) => m.periodStart).reverse();
  return {
    subject: slaId,
    cause: {
      trigger: 'sla_breach',
      description: `SLA ${slaId} breached its ${n} latest measured period${n > 1 ? 's' : ''} (${periods.join(', ')}).`,
      figures: { slaId, consecutiveBreaches: n, breachedPeriods: periods },
    },
  };
}

/** What an `SlaAtRisk` event says of the running period (SPEC §14). */
export interface AtRiskPeriod {
  slaId: string;
  periodStart: string;
  value: number;
  sampleSize: number;
  elapsedPercent: number;
}

/** Fires on every `SlaAtRisk` of the SLA it names, or of any SLA of the contract; the SLA is the subject. */
export function evaluateSlaAtRisk(trigger: SlaAtRiskTrigger, period: AtRiskPeriod): Firing | undefined {
  const { slaId, periodStart, value, sampleSize, elapsedPercent } = period;
  if (trigger.slaId !== undefined && trigger.slaId !== slaId) return undefined;
  return {
    subject: slaId,
    cause: {
      trigger: 'sla_at_risk',
      description: `SLA ${slaId} is at risk in the period from ${periodStart}: ${value} over ${sampleSize} records fails its objective with ${elapsedPercent}% of the period gone.`,
      figures: { slaId, periodStart, value, sampleSize, elapsedPercent },
    },
  };
}

function inWindow(reviews: ReviewFact[], windowDays: number, now: Date): ReviewFact[] {
  const from = now.getTime() - windowDays * DAY_MS;
  return reviews.filter((r) => Date.parse(r.submittedAt) > from);
}

/** Fires when the average score of the reviews submitted in the window is below the threshold, with enough reviews. */
export function evaluateQaScoreBelow(
  trigger: QaScoreBelowTrigger,
  contractId: string,
  reviews: ReviewFact[],
  now: Date,
): Firing | undefined {
  const window = inWindow(reviews, trigger.windowDays, now);
  if (window.length === 0 || window.length < trigger.minReviews) return undefined;
  const exact = window.reduce((sum, r) => sum + r.score, 0) / window.length;
  if (exact >= trigger.threshold) return undefined;
  const average = Math.round(exact * 10) / 10;
  return {
    subject: contractId,
    cause: {
      trigger: 'qa_score_below',
      description: `The average QA score of the last ${trigger.windowDays} days is ${average} over ${window.length} reviews, below ${trigger.threshold}.`,
      figures: {
        averageScore: average,
        reviews: window.length,
        threshold: trigger.threshold,
        windowDays: trigger.windowDays,
      },
    },
  };
}

/** Fires when at least `count` reviews submitted in the window auto-failed. */
export function evaluateQaAutoFail(
  trigger: QaAutoFailTrigger,
  contractId: string,
  reviews: ReviewFact[],
  now: Date,
): Firing | undefined {
  const autoFailed = inWindow(reviews, trigger.windowDays, now).filter((r) => r.autoFailed);
  if (autoFailed.length < trigger.count) return undefined;
  return {
    subject: contractId,
    cause: {
      trigger: 'qa_auto_fail',
      description: `${autoFailed.length} QA reviews auto-failed in the last ${trigger.windowDays} days (limit ${trigger.count}).`,
      figures: {
        autoFailedReviews: autoFailed.length,
        count: trigger.count,
        windowDays: trigger.windowDays,
        reviewIds: autoFailed.map((r) => r.reviewId),
      },
    },
  };
}

/** Fires when a roster report's annualized attrition exceeds the limit (a report without a figure never fires). */
export function evaluateAttritionAbove(
  trigger: AttritionAboveTrigger,
  contractId: string,
  report: { vendorId: string; month: string; annualizedAttritionPercent: number | null },
): Firing | undefined {
  const percent = report.annualizedAttritionPercent;
  if (percent === null || percent <= trigger.annualizedPercent) return undefined;
  return {
    subject: contractId,
    cause: {
      trigger: 'attrition_above',
      description: `The vendor reported ${percent} % annualized agent attrition for ${report.month}, above the rule's limit of ${trigger.annualizedPercent} %.`,
      figures: {
        vendorId: report.vendorId,
        month: report.month,
        annualizedAttritionPercent: percent,
        limit: trigger.annualizedPercent,
      },
    },
  };
}
