import { BusinessRuleError, InvalidStateError } from '@vendorwatch/event-store';
import { SlaErrorCode } from './sla-errors';
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

/** A period takes a dispute when none is open and its window has not closed. */
export function assertDisputable(record: PeriodRecord, windowDays: number, now: Date): void {
  if (record.dispute?.status === 'open') {
    throw new InvalidStateError(
      SlaErrorCode.DISPUTE_ALREADY_OPEN,
      `The period ${record.periodStart} already has an open dispute (since ${record.dispute.disputedAt}).`,
    );
  }
  const closesAt = disputeWindowClosesAt(record, windowDays);
  if (now >= closesAt) {
    throw new InvalidStateError(
      SlaErrorCode.DISPUTE_WINDOW_CLOSED,
      `The dispute window of period ${record.periodStart} closed at ${closesAt.toISOString()} (${windowDays} days after the period's end or its figure's last change).`,
    );
  }
}

/** The figure an `adjusted` resolution records (its sample defaults to the counting one's); null when upheld. */
export function adjustedFigure(
  record: PeriodRecord,
  resolution: DisputeResolutionInput,
): { value: number; sampleSize: number } | null {
  if (record.dispute?.status !== 'open') {
    throw new InvalidStateError(
      SlaErrorCode.NO_OPEN_DISPUTE,
      `The period ${record.periodStart} has no open dispute to resolve.`,
    );
  }
  if (resolution.outcome === 'upheld') return null;
  if (resolution.value === undefined) {
    throw new BusinessRuleError(SlaErrorCode.ADJUSTED_VALUE_REQUIRED, 'An adjusted resolution needs the value.');
  }
  return { value: resolution.value, sampleSize: resolution.sampleSize ?? countingMeasurement(record)!.sampleSize };
}
