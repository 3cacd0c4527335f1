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

/** How one record counted in a period's figure (SPEC §13). */
export type EvidenceOutcome = 'met' | 'missed' | 'excluded';

/** One record behind a figure: the source's own fields, how it counted, and why when it was excluded. */
export interface EvidenceItem {
  externalId: string;
  outcome: EvidenceOutcome;
  reason?: string;
  [field: string]: unknown;
}

export interface EvidencePage {
  items: EvidenceItem[];
  total: number;
  /** The met and missed records of the whole period, whatever the page: they reproduce the figure. */
  counts: { met: number; missed: number; excluded: number };
}

export interface EvidenceQuery {
  outcome?: EvidenceOutcome;
  limit: number;
  offset: number;
}

/** A metric source that can list the records behind a figure. */
export interface EvidenceSource {
  evidence(
    manager: EntityManager,
    sla: ComputedSla,
    periodStart: string,
    measuredAt: Date,
    query: EvidenceQuery,
  ): Promise<EvidencePage>;
}

export function listsEvidence(source: MetricSource): source is MetricSource & EvidenceSource {
  return typeof (source as Partial<EvidenceSource>).evidence === 'function';
}

export const METRIC_SOURCE = Symbol('METRIC_SOURCE');
export const ComputesMetrics = () => SetMetadata(METRIC_SOURCE, true);
