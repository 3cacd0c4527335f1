const MINUTE = 60_000;

/** The waits after each failed attempt: growing, about 11 hours in all (8 attempts); then the outbox gives up. */
export const RETRY_DELAYS_MS = [30_000, 2 * MINUTE, 10 * MINUTE, 30 * MINUTE, 60 * MINUTE, 180 * MINUTE, 360 * MINUTE];

/** The wait after the `failedAttempts`-th failure, or undefined when no attempt is left. */
export function retryDelayAfter(failedAttempts: number): number | undefined {
  return RETRY_DELAYS_MS[failedAttempts - 1];
}
