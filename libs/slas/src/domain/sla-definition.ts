import { MeasurementSource } from './sla-period-record';
import { Objective, SlaMetric } from './sla-metrics';
import { SlaPeriod } from './sla-periods';
import { SlaClock, SlaScope } from './sla-clock';

export interface SlaDefinition {
  name: string;
  metric: SlaMetric;
  objective: Objective;
  period: SlaPeriod;
  minimumSample: number;
  serviceCreditPercent: number;
  clock: SlaClock;
  appliesTo: SlaScope;
}

/** A definition as requested: the clock and scope may be left out (24x7, every interaction). */
export type SlaDefinitionInput = Omit<SlaDefinition, 'clock' | 'appliesTo'> & Partial<SlaDefinition>;

export interface MeasurementInput {
  periodStart: string;
  value: number;
  sampleSize: number;
  source: MeasurementSource;
  /** Only computed figures of a running period are provisional. */
  provisional?: boolean;
}

export type SlaStatus = 'active' | 'retired';
