import { SlaClock, SlaScope } from './sla-clock';
import { SlaMetric } from './sla-metrics';
import { atRiskCheckAt } from './sla-at-risk';
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
  /** How thresholdMinutes is counted (first_response_time, resolution_time); absent: 24x7. */
  clock?: SlaClock;
  /** Which interactions count; absent: all. */
  appliesTo?: SlaScope;
}

/** A period's figure as a metric source computes it. */
export interface PeriodFigure {
  periodStart: string;
  sampleSize: number;
  /** With 2 decimals; null when the sample is empty. */
  value: number | null;
  /**
   * The earliest instant after which time alone changes the figure: when the first of the period's unanswered
   * records not yet counted passes its threshold (on the SLA's clock). Absent when none is waiting.
   */
  nextDueAt?: string;
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
  clock?: SlaClock;
  appliesTo?: SlaScope;
}): ComputedSla | undefined {
  const { id, contractId, metric, period, objective, definitionVersion, clock, appliesTo } = definition;
  if (!isComputedMetric(metric)) return undefined;
  const threshold = objective.kind === 'attainment' ? { thresholdMinutes: objective.thresholdMinutes } : {};
  return {
    slaId: id,
    contractId,
    metric,
    period,
    ...threshold,
    ...(definitionVersion ? { definitionVersion } : {}),
    ...(clock && clock.type !== '24x7' ? { clock } : {}),
    ...(appliesTo && Object.keys(appliesTo).length > 0 ? { appliesTo } : {}),
  };
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

/**
 * When time alone next changes what measuring the period would record, if nothing else re-measures it before: an
 * unanswered record comes due, the running period reaches its half (the at-risk check, SPEC §14), or it ends (its
 * figure becomes final). Undefined when only new evidence can change it.
 */
export function wakeAt(
  sla: ComputedSla,
  figure: Pick<PeriodFigure, 'periodStart' | 'nextDueAt'>,
  now: Date,
): Date | undefined {
  const bounds = boundsOf(sla, figure.periodStart);
  // A record due exactly now is still pending (missed only once now is past it): kept, to wake just after.
  const due = figure.nextDueAt ? [Date.parse(figure.nextDueAt)].filter((at) => at >= now.getTime()) : [];
  const marks = [atRiskCheckAt(bounds).getTime(), Date.parse(bounds.periodEnd)].filter((at) => at > now.getTime());
  const instants = [...due, ...marks];
  return instants.length ? new Date(Math.min(...instants)) : undefined;
}

/**
 * Whether the SLA must check the period's at-risk state although its figure did not change: it runs, has reached its
 * half, and has a sample (so its figure is on record; an empty one changes nothing).
 */
export function mayChangeRisk(sla: ComputedSla, measurement: ComputedMeasurement, now: Date): boolean {
  const { provisional, sampleSize, periodStart } = measurement;
  return provisional && sampleSize > 0 && now >= atRiskCheckAt(boundsOf(sla, periodStart));
}

function boundsOf(sla: ComputedSla, periodStart: string) {
  return { periodStart: `${periodStart}T00:00:00.000Z`, periodEnd: periodEnd(sla, periodStart).toISOString() };
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
