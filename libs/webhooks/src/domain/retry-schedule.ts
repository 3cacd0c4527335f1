/** About 5 s, 30 s, 2 min, 15 min, 1 h, then hourly (SPEC §14). */
const DELAYS_MS = [5_000, 30_000, 120_000, 900_000, 3_600_000];
const GIVE_UP_AFTER_MS = 24 * 3_600_000;

/** The wait before the next attempt, after `failedAttempts` failed attempts in a row (1 or more). */
export function retryDelayMs(failedAttempts: number): number {
  return DELAYS_MS[Math.min(failedAttempts, DELAYS_MS.length) - 1];
}

/** A receiver failing for 24 h gets its webhook disabled rather than another attempt. */
export function shouldGiveUp(failingSince: Date, now: Date): boolean {
  return now.getTime() - failingSince.getTime() >= GIVE_UP_AFTER_MS;
}
