export const COMPUTED_METRICS = [
  'first_response_time',
  'resolution_time',
  'service_level',
  'csat',
  'reopen_rate',
  'abandonment_rate',
] as const;

export type ComputedMetric = (typeof COMPUTED_METRICS)[number];
export type SlaPeriod = 'week' | 'month';

/** What measuring an SLA from interactions needs to know of its definition. */
export interface ComputedSla {
  slaId: string;
  contractId: string;
  metric: ComputedMetric;
  period: SlaPeriod;
  /** For the attainment metrics (first_response_time, resolution_time, service_level). */
  thresholdMinutes?: number;
}

/** The SLA context's definition fields a computed SLA is built from (its read model's and its stream's alike). */
export interface SlaDefinitionFacts {
  metric: string;
  period: SlaPeriod;
  objective: { kind: string; thresholdMinutes?: number };
}

/** The computed SLA of a definition, or undefined when its metric is not measured from interactions. */
export function computedSlaOf(
  slaId: string,
  contractId: string,
  { metric, period, objective }: SlaDefinitionFacts,
): ComputedSla | undefined {
  if (!isComputedMetric(metric)) return undefined;
  return {
    slaId,
    contractId,
    metric,
    period,
    ...(objective.kind === 'attainment' ? { thresholdMinutes: objective.thresholdMinutes } : {}),
  };
}

export function isComputedMetric(metric: string): metric is ComputedMetric {
  return (COMPUTED_METRICS as readonly string[]).includes(metric);
}

/** Metrics whose figure can still change after the period ends, while unanswered interactions cross the threshold. */
export function waitsForThreshold(sla: ComputedSla): boolean {
  return sla.metric === 'first_response_time' || sla.metric === 'resolution_time' || sla.metric === 'service_level';
}
