import { BusinessRuleError } from '@vendorwatch/event-store';
import { SlaErrorCode } from './sla-errors';

export const SLA_PERIODS = ['week', 'month'] as const;
export type SlaPeriod = (typeof SLA_PERIODS)[number];

export interface PeriodBounds {
  /** ISO-8601 UTC, inclusive. */
  periodStart: string;
  /** ISO-8601 UTC, exclusive: the next period's start. */
  periodEnd: string;
}

const DAY_MS = 86_400_000;

/** The start of the period holding `at`: the ISO week's Monday 00:00 UTC, or the month's 1st 00:00 UTC. */
export function periodStartOf(period: SlaPeriod, at: Date): Date {
  const midnight = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  if (period === 'month') return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
  const daysSinceMonday = (at.getUTCDay() + 6) % 7;
  return new Date(midnight - daysSinceMonday * DAY_MS);
}

export function periodEndOf(period: SlaPeriod, start: Date): Date {
  if (period === 'week') return new Date(start.getTime() + 7 * DAY_MS);
  return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
}

export function periodBoundsOf(period: SlaPeriod, at: Date): PeriodBounds {
  const start = periodStartOf(period, at);
  return { periodStart: start.toISOString(), periodEnd: periodEndOf(period, start).toISOString() };
}

/** The bounds of the period that starts exactly at `periodStart`; 422 when it is not on a boundary. */
export function periodStartingAt(period: SlaPeriod, periodStart: string): PeriodBounds {
  const at = new Date(periodStart);
  const bounds = periodBoundsOf(period, at);
  if (Number.isNaN(at.getTime()) || bounds.periodStart !== at.toISOString()) {
    const boundary = period === 'week' ? 'a Monday 00:00 UTC (ISO week)' : 'the 1st of a month 00:00 UTC';
    throw new BusinessRuleError(
      SlaErrorCode.PERIOD_START_NOT_ON_BOUNDARY,
      `periodStart ${periodStart} is not the start of a ${period}: it must be ${boundary}.`,
    );
  }
  return bounds;
}

/** `YYYY-MM` of an instant, in UTC: the calendar month service credits are capped in. */
export function monthOf(instant: string): string {
  return instant.slice(0, 7);
}
