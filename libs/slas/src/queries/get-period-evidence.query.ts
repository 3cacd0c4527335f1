import { Query } from '@nestjs/cqrs';
import { EvidenceItem, EvidenceQuery } from '../computed/metric-source';
import { MeasurementSource } from '../domain/sla-period-record';

export interface PeriodEvidence {
  slaId: string;
  periodStart: string;
  periodEnd: string;
  /** The definition revision the figure was measured with. */
  measuredWith: { slaVersion: number | null; objective: object };
  value: number;
  sampleSize: number;
  /** Present when another figure counts for the period (a dispute resolution, a manual figure). */
  counting?: { source: MeasurementSource; value: number; sampleSize: number };
  items: EvidenceItem[];
  total: number;
  limit: number;
  offset: number;
}

/** SPEC §13: the records behind a computed period figure, and how each counted. */
export class GetPeriodEvidenceQuery extends Query<PeriodEvidence> {
  constructor(
    readonly slaId: string,
    readonly periodStart: string,
    readonly page: EvidenceQuery,
  ) {
    super();
  }
}
