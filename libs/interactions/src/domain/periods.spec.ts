import { ComputedSla } from './computed-sla';
import { isSettled, periodEndOf, periodsOfDays, periodStartOf } from './periods';

describe('SLA periods', () => {
  it('starts weeks on Monday 00:00 UTC and months on the 1st', () => {
    expect(periodStartOf('2026-03-01', 'week')).toBe('2026-02-23');
    expect(periodStartOf('2026-03-02', 'week')).toBe('2026-03-02');
    expect(periodStartOf(new Date('2026-03-08T23:59:59Z'), 'week')).toBe('2026-03-02');
    expect(periodStartOf('2026-03-31', 'month')).toBe('2026-03-01');
    expect(periodEndOf('2026-02-01', 'month')).toEqual(new Date('2026-03-01T00:00:00Z'));
    expect(periodEndOf('2026-03-02', 'week')).toEqual(new Date('2026-03-09T00:00:00Z'));
  });

  it('lists the distinct periods of the touched days, leaving out periods not started yet', () => {
    const now = new Date('2026-03-10T12:00:00Z');
    expect(periodsOfDays(['2026-03-04', '2026-02-24', '2026-03-02', '2026-03-20'], 'week', now)).toEqual([
      '2026-02-23',
      '2026-03-02',
    ]);
  });

  it('settles an attainment period only once its threshold has passed after its end', () => {
    const sla: ComputedSla = {
      slaId: 's',
      contractId: 'c',
      metric: 'first_response_time',
      period: 'week',
      thresholdMinutes: 60,
    };
    expect(isSettled(sla, '2026-03-02', new Date('2026-03-09T00:59:59Z'))).toBe(false);
    expect(isSettled(sla, '2026-03-02', new Date('2026-03-09T01:00:00Z'))).toBe(true);
    expect(isSettled({ ...sla, metric: 'csat' }, '2026-03-02', new Date('2026-03-09T00:00:00Z'))).toBe(true);
  });
});
