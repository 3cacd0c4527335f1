import { SetMetadata } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ComputedMetric, ComputedSla, PeriodFigure } from '../domain/computed-sla';

/** An SLA and the periods of it to measure. */
export interface MeasuredSla {
  sla: ComputedSla;
  periodStarts: string[];
}

/**
 * The port through which the SLA context measures computed SLAs: the context that holds the evidence (interactions,
 * QA reviews) computes the figures; the SLA context decides what to measure, when, and whether a figure changed.
 * Implementations are providers marked `@ComputesMetrics()`, discovered at start.
 */
export abstract class MetricSource {
  abstract readonly metrics: readonly ComputedMetric[];

  /** The figures of several SLAs of one contract for their periods, keyed by SLA id, in the caller's transaction. */
  abstract figures(
    manager: EntityManager,
    contractId: string,
    measured: MeasuredSla[],
    now: Date,
  ): Promise<Map<string, PeriodFigure[]>>;

  /** The UTC days (`YYYY-MM-DD`) on which the contract has evidence for these metrics. */
  abstract evidenceDays(manager: EntityManager, contractId: string): Promise<string[]>;
}

export const METRIC_SOURCE = Symbol('METRIC_SOURCE');
export const ComputesMetrics = () => SetMetadata(METRIC_SOURCE, true);
