import { ComputedSla, SlaPeriod } from './computed-sla';
import { waitsForThreshold } from './computed-sla';

const DAY_MS = 86_400_000;

/** The start (`YYYY-MM-DD`) of the ISO week (Monday 00:00 UTC) or calendar month holding a UTC day or instant. */
export function periodStartOf(day: string | Date, period: SlaPeriod): string {
  const at = typeof day === 'string' ? new Date(`${day}T00:00:00Z`) : day;
  if (period === 'month')
    return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1)).toISOString().slice(0, 10);
  const midnight = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  const sinceMonday = (at.getUTCDay() + 6) % 7;
  return new Date(midnight - sinceMonday * DAY_MS).toISOString().slice(0, 10);
}

/** The exclusive end of the period that starts at `periodStart`. */
export function periodEndOf(periodStart: string, period: SlaPeriod): Date {
  const start = new Date(`${periodStart}T00:00:00Z`);
  if (period === 'week') return new Date(start.getTime() + 7 * DAY_MS);
  return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
}

/** The distinct periods holding these days, oldest first, leaving out periods that have not started by `now`. */
export function periodsOfDays(days: string[], period: SlaPeriod, now: Date): string[] {
  const current = periodStartOf(now, period);
  return [...new Set(days.map((day) => periodStartOf(day, period)))].filter((start) => start <= current).sort();
}

/**
 * A measurement is final once nothing but new data can change it: after the period ends, and for the attainment
 * metrics also after the threshold has passed for the period's last interactions.
 */
export function isSettled(sla: ComputedSla, periodStart: string, now: Date): boolean {
  const end = periodEndOf(periodStart, sla.period).getTime();
  const wait = waitsForThreshold(sla) ? (sla.thresholdMinutes ?? 0) * 60_000 : 0;
  return now.getTime() >= end + wait;
}
