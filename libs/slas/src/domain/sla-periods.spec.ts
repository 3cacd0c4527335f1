import { BusinessRuleError } from '@vendorwatch/event-store';
import { periodBoundsOf, periodStartingAt } from './sla-periods';

describe('SLA periods', () => {
  it('finds the ISO week (Monday 00:00 UTC) holding an instant', () => {
    expect(periodBoundsOf('week', new Date('2026-03-08T23:59:59Z'))).toEqual({
      periodStart: '2026-03-02T00:00:00.000Z',
      periodEnd: '2026-03-09T00:00:00.000Z',
    });
    expect(periodBoundsOf('week', new Date('2026-03-09T00:00:00Z')).periodStart).toBe('2026-03-09T00:00:00.000Z');
  });

  it('finds the calendar month holding an instant, across a year end', () => {
    expect(periodBoundsOf('month', new Date('2026-12-31T23:00:00Z'))).toEqual({
      periodStart: '2026-12-01T00:00:00.000Z',
      periodEnd: '2027-01-01T00:00:00.000Z',
    });
  });

  it('accepts a period start on a boundary, as a date or an instant', () => {
    expect(periodStartingAt('week', '2026-03-02').periodEnd).toBe('2026-03-09T00:00:00.000Z');
    expect(periodStartingAt('month', '2026-02-01T00:00:00Z').periodEnd).toBe('2026-03-01T00:00:00.000Z');
  });

  it('refuses a period start off the boundary', () => {
    expect(() => periodStartingAt('week', '2026-03-03')).toThrow(BusinessRuleError);
    expect(() => periodStartingAt('week', '2026-03-02T01:00:00Z')).toThrow('not the start of a week');
    expect(() => periodStartingAt('month', '2026-03-02')).toThrow('1st of a month');
  });
});
