import {
  ComputedSla,
  computedSlaOf,
  mayChangeRisk,
  measurementOf,
  periodsOfDays,
  periodStartDay,
  wakeAt,
  worthRecording,
} from './computed-sla';

const sla: ComputedSla = {
  slaId: 's',
  contractId: 'c',
  metric: 'first_response_time',
  period: 'week',
  thresholdMinutes: 60,
};

describe('computed SLAs', () => {
  it('starts weeks on Monday 00:00 UTC and months on the 1st', () => {
    expect(periodStartDay('week', '2026-03-01')).toBe('2026-02-23');
    expect(periodStartDay('week', '2026-03-02')).toBe('2026-03-02');
    expect(periodStartDay('week', new Date('2026-03-08T23:59:59Z'))).toBe('2026-03-02');
    expect(periodStartDay('month', '2026-03-31')).toBe('2026-03-01');
  });

  it('lists the distinct periods of the touched days, leaving out periods not started yet', () => {
    const now = new Date('2026-03-10T12:00:00Z');
    expect(periodsOfDays(['2026-03-04', '2026-02-24', '2026-03-02', '2026-03-20'], 'week', now)).toEqual([
      '2026-02-23',
      '2026-03-02',
    ]);
  });

  it('wakes a period when its first unanswered record comes due, at its half and at its end, whichever is next', () => {
    const week = '2026-03-02';
    const at = (iso: string) => new Date(iso);
    const due = { periodStart: week, nextDueAt: '2026-03-03T10:00:00.000Z' };
    expect(wakeAt(sla, due, at('2026-03-03T09:00:00.000Z'))).toEqual(at('2026-03-03T10:00:00.000Z'));
    expect(wakeAt(sla, { periodStart: week }, at('2026-03-03T09:00:00.000Z'))).toEqual(at('2026-03-05T12:00:00.000Z'));
    expect(wakeAt(sla, { periodStart: week }, at('2026-03-06T00:00:00.000Z'))).toEqual(at('2026-03-09T00:00:00.000Z'));
    const late = { periodStart: week, nextDueAt: '2026-03-09T00:30:00.000Z' };
    expect(wakeAt(sla, late, at('2026-03-09T00:10:00.000Z'))).toEqual(at('2026-03-09T00:30:00.000Z'));
    expect(wakeAt(sla, { periodStart: week }, at('2026-03-09T00:10:00.000Z'))).toBeUndefined();
  });

  it('asks the SLA about its risk only for a running period past its half', () => {
    const figure = { periodStart: '2026-03-02', sampleSize: 40, value: 80 };
    const measuredAt = (iso: string) => measurementOf(sla, figure, new Date(iso));
    const check = (iso: string) => mayChangeRisk(sla, measuredAt(iso), new Date(iso));
    expect(check('2026-03-05T11:59:00.000Z')).toBe(false);
    expect(check('2026-03-05T12:00:00.000Z')).toBe(true);
    expect(check('2026-03-09T00:00:00.000Z')).toBe(false);
  });

  it('records a figure only when it changed, or when it is the first with a sample', () => {
    const now = new Date('2026-03-20T00:00:00Z');
    const figure = measurementOf(sla, { periodStart: '2026-03-02', sampleSize: 10, value: 90 }, now);
    expect(figure).toEqual({ periodStart: '2026-03-02', value: 90, sampleSize: 10, provisional: false });
    expect(worthRecording(undefined, figure)).toBe(true);
    expect(worthRecording(figure, { ...figure })).toBe(false);
    expect(worthRecording(figure, { ...figure, sampleSize: 11 })).toBe(true);
    expect(worthRecording(undefined, { ...figure, sampleSize: 0, value: 0 })).toBe(false);
    const running = measurementOf(sla, { periodStart: '2026-03-16', sampleSize: 3, value: null }, now);
    expect(running).toEqual({ periodStart: '2026-03-16', value: 0, sampleSize: 3, provisional: true });
  });

  it('knows which definitions are computed, with the threshold of an attainment objective', () => {
    const objective = { kind: 'attainment', thresholdMinutes: 30, targetPercent: 90 };
    expect(computedSlaOf({ id: 's', contractId: 'c', metric: 'service_level', period: 'week', objective })).toEqual({
      slaId: 's',
      contractId: 'c',
      metric: 'service_level',
      period: 'week',
      thresholdMinutes: 30,
    });
    expect(computedSlaOf({ id: 's', contractId: 'c', metric: 'custom', period: 'week', objective })).toBeUndefined();
    expect(
      computedSlaOf({ id: 's', contractId: 'c', metric: 'qa_score', period: 'month', objective: { kind: 'min' } }),
    ).toEqual({ slaId: 's', contractId: 'c', metric: 'qa_score', period: 'month' });
  });
});
