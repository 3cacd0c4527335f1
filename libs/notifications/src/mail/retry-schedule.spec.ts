import { retryDelayAfter, RETRY_DELAYS_MS } from './retry-schedule';

describe('the mail retry schedule', () => {
  it('waits longer after each failure, for about a day, then gives up', () => {
    const delays = RETRY_DELAYS_MS.map((_, index) => retryDelayAfter(index + 1)!);
    expect(delays[0]).toBe(30_000);
    delays.slice(1).forEach((delay, index) => expect(delay).toBeGreaterThan(delays[index]));
    const total = delays.reduce((sum, delay) => sum + delay, 0);
    expect(total).toBeGreaterThan(8 * 3_600_000);
    expect(total).toBeLessThanOrEqual(24 * 3_600_000);
    expect(retryDelayAfter(RETRY_DELAYS_MS.length + 1)).toBeUndefined();
  });
});
