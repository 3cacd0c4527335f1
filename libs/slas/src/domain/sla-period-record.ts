import type { Money } from '@vendorwatch/contracts';
import { MeasurementOutcome } from './sla-outcome';
import { PeriodBounds } from './sla-periods';

/**
 * Where a figure comes from, strongest first (SPEC §5): a dispute's resolution, computed from evidence, entered by
 * ops, claimed by the vendor.
 */
export const MEASUREMENT_SOURCES = ['dispute', 'computed', 'manual', 'vendor_report'] as const;
export type MeasurementSource = (typeof MEASUREMENT_SOURCES)[number];

export const DISPUTE_OUTCOMES = ['upheld', 'adjusted'] as const;
export type DisputeOutcome = (typeof DISPUTE_OUTCOMES)[number];

/** A period's latest dispute, as `GET /slas/:id` shows it. */
export interface PeriodDispute {
  status: 'open' | DisputeOutcome;
  reason: string;
  proposedValue: number | null;
  disputedAt: string;
  note?: string;
  resolvedAt?: string;
}

export interface Measurement {
  value: number;
  sampleSize: number;
  outcome: MeasurementOutcome;
  /** A computed figure of a period still running; it records no breach. */
  provisional: boolean;
  measuredAt: string;
}

/** Everything measured for one period of an SLA: the latest figure per source, and the credit of a standing breach. */
export interface PeriodRecord extends PeriodBounds {
  bySource: Partial<Record<MeasurementSource, Measurement>>;
  credit: Money | null;
  /** Absent in records folded before disputes existed. */
  dispute?: PeriodDispute | null;
  /** The running period is at risk (SPEC §14); absent until first at risk. */
  atRisk?: boolean;
}

export function emptyPeriod({ periodStart, periodEnd }: PeriodBounds): PeriodRecord {
  return { periodStart, periodEnd, bySource: {}, credit: null };
}

export function withMeasurement(
  record: PeriodRecord,
  source: MeasurementSource,
  measurement: Measurement,
): PeriodRecord {
  return { ...record, bySource: { ...record.bySource, [source]: measurement } };
}

export function withDispute(record: PeriodRecord, dispute: PeriodDispute): PeriodRecord {
  return { ...record, dispute };
}

/**
 * The figure reports use for a period: a later figure of a source replaces the earlier one, and a stronger
 * source outranks a weaker one whenever they were taken (so a vendor's claim never overrides ops' or the data).
 */
export function countingMeasurement(record: PeriodRecord): (Measurement & { source: MeasurementSource }) | undefined {
  const source = MEASUREMENT_SOURCES.find((s) => record.bySource[s]);
  return source && { ...record.bySource[source]!, source };
}

/** The counting figure of `countingMeasurement`, as stored (no copy, no source): for folds over many periods. */
export function countingFigure(record: PeriodRecord): Measurement | undefined {
  for (const source of MEASUREMENT_SOURCES) if (record.bySource[source]) return record.bySource[source];
  return undefined;
}

/** A breach stands while the counting figure is a final `breached`. */
export function isBreach(measurement: Measurement | undefined): boolean {
  return measurement?.outcome === 'breached' && !measurement.provisional;
}

/** One row of `GET /slas/:id` periods. */
export function periodView(record: PeriodRecord) {
  const counting = countingMeasurement(record);
  if (!counting) return undefined;
  const vendorReport = record.bySource.vendor_report;
  return {
    periodStart: record.periodStart,
    periodEnd: record.periodEnd,
    value: counting.value,
    sampleSize: counting.sampleSize,
    source: counting.source,
    outcome: counting.outcome,
    provisional: counting.provisional,
    ...(counting.provisional ? { atRisk: record.atRisk === true } : {}),
    ...(vendorReport && counting.source !== 'vendor_report' ? { vendorReportedValue: vendorReport.value } : {}),
    creditAmount: record.credit,
    dispute: record.dispute ?? null,
  };
}

export type PeriodView = NonNullable<ReturnType<typeof periodView>>;
