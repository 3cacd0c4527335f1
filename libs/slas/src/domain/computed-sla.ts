import { SlaMetric } from './sla-metrics';
import { periodEndOf, periodStartOf, SlaPeriod } from './sla-periods';

/** The metrics the product computes from evidence (SPEC §6): interactions, and QA reviews for `qa_score`. */
export const COMPUTED_METRICS = [
  'first_response_time',
  'resolution_time',
  'service_level',
  'csat',
  'reopen_rate',
  'abandonment_rate',
  'qa_score',
] as const satisfies readonly SlaMetric[];

export type ComputedMetric = (typeof COMPUTED_METRICS)[number];

/** What measuring an SLA from evidence needs to know of its definition. */
export interface ComputedSla {
  slaId: string;
  contractId: string;
  metric: ComputedMetric;
  period: SlaPeriod;
  /** For the attainment metrics (first_response_time, resolution_time, service_level). */
  thresholdMinutes?: number;
  /** The SLA stream version of the definition measured with. */
  definitionVersion?: number;
}

/** A period's figure as a metric source computes it. */
export interface PeriodFigure {
  periodStart: string;
  sampleSize: number;
  /** With 2 decimals; null when the sample is empty. */
  value: number | null;
}

/** A computed figure as recorded (and remembered, to tell whether the next one changed anything). */
export interface ComputedMeasurement {
  periodStart: string;
  value: number;
  sampleSize: number;
  provisional: boolean;
}

export function isComputedMetric(metric: string): metric is ComputedMetric {
  return (COMPUTED_METRICS as readonly string[]).includes(metric);
}

/** The computed SLA of a definition, or undefined when its metric is not computed. */
export function computedSlaOf(definition: {
  id: string;
  contractId: string;
  metric: string;
  period: SlaPeriod;
  objective: { kind: string; thresholdMinutes?: number };
  definitionVersion?: number;
}): ComputedSla | undefined {
  const { id, contractId, metric, period, objective, definitionVersion } = definition;
  if (!isComputedMetric(metric)) return undefined;
  const threshold = objective.kind === 'attainment' ? { thresholdMinutes: objective.thresholdMinutes } : {};
  return { slaId: id, contractId, metric, period, ...threshold, ...(definitionVersion ? { definitionVersion } : {}) };
}

/** The one rule for "the figure did not change": nothing is recorded then. */
export function sameMeasurement(a: ComputedMeasurement, b: ComputedMeasurement): boolean {
  return a.value === b.value && a.sampleSize === b.sampleSize && a.provisional === b.provisional;
}

/** The measurement of a figure at `now`: provisional while its period runs. */
export function measurementOf(sla: ComputedSla, figure: PeriodFigure, now: Date): ComputedMeasurement {
  return {
    periodStart: figure.periodStart,
    value: figure.value ?? 0,
    sampleSize: figure.sampleSize,
    provisional: periodEnd(sla, figure.periodStart) > now,
  };
}

/** Whether a figure is worth an event: it changed, or it is the first with a sample. */
export function worthRecording(previous: ComputedMeasurement | undefined, next: ComputedMeasurement): boolean {
  return previous ? !sameMeasurement(previous, next) : next.sampleSize > 0;
}

/** Metrics whose figure can still change after the period ends, while unanswered interactions cross the threshold. */
function waitsForThreshold(sla: ComputedSla): boolean {
  return sla.metric === 'first_response_time' || sla.metric === 'resolution_time' || sla.metric === 'service_level';
}

/**
 * A figure is final once nothing but new evidence can change it: after the period ends, and for the attainment
 * metrics also after the threshold has passed for the period's last interactions.
 */
export function isSettled(sla: ComputedSla, periodStart: string, now: Date): boolean {
  const wait = waitsForThreshold(sla) ? (sla.thresholdMinutes ?? 0) * 60_000 : 0;
  return now.getTime() >= periodEnd(sla, periodStart).getTime() + wait;
}

/** The period start (`YYYY-MM-DD`) holding a UTC day or instant. */
export function periodStartDay(period: SlaPeriod, at: string | Date): string {
  const instant = typeof at === 'string' ? new Date(`${at.slice(0, 10)}T00:00:00Z`) : at;
  return periodStartOf(period, instant).toISOString().slice(0, 10);
}

/** The distinct periods holding these days, oldest first, leaving out periods that have not started by `now`. */
export function periodsOfDays(days: readonly string[], period: SlaPeriod, now: Date): string[] {
  const current = periodStartDay(period, now);
  return [...new Set(days.map((day) => periodStartDay(period, day)))].filter((start) => start <= current).sort();
}

function periodEnd(sla: ComputedSla, periodStart: string): Date {
  return periodEndOf(sla.period, new Date(`${periodStart}T00:00:00Z`));
}
