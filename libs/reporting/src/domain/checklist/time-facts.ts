const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `iso` to `now` (rounded down). For evidence text only: statuses use the comparisons below. */
export function daysSince(iso: string, now: Date): number {
  return Math.floor((now.getTime() - new Date(iso).getTime()) / DAY_MS);
}

/**
 * The earliest instant (ms) at which a comparison with the clock made during `whenAnswersChange` could answer
 * differently; undefined outside it. Evaluation is synchronous, so one recorder at a time is enough.
 */
let earliestChange: number | undefined;

function changesAt(ms: number): void {
  if (earliestChange !== undefined) earliestChange = Math.min(earliestChange, ms);
}

/**
 * Runs `evaluate` (a synchronous use of the comparisons below at one `now`) and answers with its result and the
 * first instant from which its answers may differ (null: never), so a stored result can say when it goes stale.
 */
export function whenAnswersChange<T>(evaluate: () => T): { result: T; changesAt: Date | null } {
  earliestChange = Infinity;
  try {
    const result = evaluate();
    return { result, changesAt: earliestChange === Infinity ? null : new Date(earliestChange) };
  } finally {
    earliestChange = undefined;
  }
}

/** True when `iso` lies within the `days` before `now` (inclusive of the boundary). */
export function withinDays(iso: string, days: number, now: Date): boolean {
  const until = new Date(iso).getTime() + days * DAY_MS;
  const within = now.getTime() - new Date(iso).getTime() <= days * DAY_MS;
  if (within) changesAt(until + 1);
  return within;
}

/** True when the ISO instant `at` is not after `now` (compared as text, as the facts hold it). */
export function isPast(at: string, now: Date): boolean {
  const past = at <= now.toISOString();
  // No ISO text with `at`'s first 19 characters sorts after `at` before that instant (UTC) is reached.
  if (!past) changesAt(Date.parse(`${at.slice(0, 19)}Z`) || now.getTime());
  return past;
}

export const dayOf = (iso: string): string => iso.slice(0, 10);

/** A value worth naming in evidence: set and, for text, not blank. */
export function isSet(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  return typeof value !== 'string' || value.trim() !== '';
}
