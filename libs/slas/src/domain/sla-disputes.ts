import { countingMeasurement, PeriodDispute, PeriodRecord } from './sla-period-record';
import { SlaPeriodDisputed, SlaPeriodDisputeResolved } from './sla.events';

export const DEFAULT_SLA_DISPUTE_WINDOW_DAYS = 30;
const DAY_MS = 86_400_000;

export interface PeriodDisputeInput {
  reason: string;
  proposedValue?: number;
  proposedSampleSize?: number;
  evidence?: string[];
}

export interface DisputeResolutionInput {
  outcome: 'upheld' | 'adjusted';
  value?: number;
  sampleSize?: number;
  note: string;
}

/** The window runs `windowDays` from the later of the period's end and its counting figure's last change. */
export function disputeWindowClosesAt(record: PeriodRecord, windowDays: number): Date {
  const changedAt = Date.parse(countingMeasurement(record)?.measuredAt ?? record.periodEnd);
  const from = Math.max(Date.parse(record.periodEnd), changedAt);
  return new Date(from + windowDays * DAY_MS);
}

export function disputeOf(event: Pick<SlaPeriodDisputed, 'reason' | 'proposedValue' | 'disputedAt'>): PeriodDispute {
  return { status: 'open', reason: event.reason, proposedValue: event.proposedValue, disputedAt: event.disputedAt };
}

export function resolvedDispute(
  open: PeriodDispute,
  event: Pick<SlaPeriodDisputeResolved, 'outcome' | 'note' | 'resolvedAt'>,
): PeriodDispute {
  return { ...open, status: event.outcome, note: event.note, resolvedAt: event.resolvedAt };
}
