import { BusinessRuleError } from '@vendorwatch/event-store';
import { SlaErrorCode } from './sla-errors';

export const OBJECTIVE_KINDS = ['attainment', 'min', 'max'] as const;
export type ObjectiveKind = (typeof OBJECTIVE_KINDS)[number];

export type Objective =
  { kind: 'attainment'; thresholdMinutes: number; targetPercent: number } | { kind: 'min' | 'max'; target: number };

/**
 * Each metric and the objective kinds it can be held to. Every standard metric is a percentage or a 0–100 score
 * (`qa_score` is the average QA review score); `custom` is whatever the contract defines.
 */
export const SLA_METRICS = {
  first_response_time: { kinds: ['attainment'], scale: 'percent' },
  resolution_time: { kinds: ['attainment'], scale: 'percent' },
  service_level: { kinds: ['attainment'], scale: 'percent' },
  csat: { kinds: ['min'], scale: 'percent' },
  qa_score: { kinds: ['min'], scale: 'percent' },
  reopen_rate: { kinds: ['max'], scale: 'percent' },
  abandonment_rate: { kinds: ['max'], scale: 'percent' },
  custom: { kinds: OBJECTIVE_KINDS, scale: 'any' },
} as const satisfies Record<string, { kinds: readonly ObjectiveKind[]; scale: 'percent' | 'any' }>;

export type SlaMetric = keyof typeof SLA_METRICS;
export const METRIC_NAMES = Object.keys(SLA_METRICS) as SlaMetric[];

/** The objective with only the fields of its kind, once the metric accepts it; 422 otherwise. */
export function objectiveFor(metric: SlaMetric, objective: Objective): Objective {
  const definition = SLA_METRICS[metric];
  if (!(definition.kinds as readonly ObjectiveKind[]).includes(objective.kind)) {
    throw new BusinessRuleError(
      SlaErrorCode.OBJECTIVE_KIND_NOT_ALLOWED,
      `Metric ${metric} takes an objective of kind ${definition.kinds.join(' or ')}, not ${objective.kind}.`,
    );
  }
  if (objective.kind === 'attainment') {
    return { kind: 'attainment', thresholdMinutes: objective.thresholdMinutes, targetPercent: objective.targetPercent };
  }
  if (definition.scale === 'percent' && (objective.target < 0 || objective.target > 100)) {
    throw new BusinessRuleError(
      SlaErrorCode.TARGET_OUT_OF_RANGE,
      `The target of ${metric} is a value from 0 to 100, not ${objective.target}.`,
    );
  }
  return { kind: objective.kind, target: objective.target };
}

/** 422 for a value the metric cannot take (standard metrics are 0–100). */
export function assertMeasurable(metric: SlaMetric, value: number): void {
  if (SLA_METRICS[metric].scale === 'percent' && (value < 0 || value > 100)) {
    throw new BusinessRuleError(SlaErrorCode.VALUE_OUT_OF_RANGE, `A ${metric} value is from 0 to 100, not ${value}.`);
  }
}
