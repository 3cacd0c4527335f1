import { Objective } from './sla-metrics';

export type MeasurementOutcome = 'met' | 'breached' | 'insufficient_data';

/** Whether a period's value keeps the objective; too small a sample decides nothing. */
export function measurementOutcome(
  objective: Objective,
  minimumSample: number,
  value: number,
  sampleSize: number,
): MeasurementOutcome {
  if (sampleSize < minimumSample) return 'insufficient_data';
  const kept =
    objective.kind === 'attainment'
      ? value >= objective.targetPercent
      : objective.kind === 'min'
        ? value >= objective.target
        : value <= objective.target;
  return kept ? 'met' : 'breached';
}
