const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `iso` to `now` (rounded down). */
export function daysSince(iso: string, now: Date): number {
  return Math.floor((now.getTime() - new Date(iso).getTime()) / DAY_MS);
}

/** True when `iso` lies within the `days` before `now` (inclusive of the boundary). */
export function withinDays(iso: string, days: number, now: Date): boolean {
  return now.getTime() - new Date(iso).getTime() <= days * DAY_MS;
}

export const dayOf = (iso: string): string => iso.slice(0, 10);

/** A value worth naming in evidence: set and, for text, not blank. */
export function isSet(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  return typeof value !== 'string' || value.trim() !== '';
}
