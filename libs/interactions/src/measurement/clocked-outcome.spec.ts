import { BusinessSchedule } from '@vendorwatch/calendars';
import { ClockedRow, clockedOutcome } from './clocked-outcome';
import { GrowingTimeline } from './growing-timeline';

/** 09:00–17:00 New York on weekdays: 14:00Z–22:00Z in the week of 2026-03-02 (EST), 13:00Z–21:00Z after 03-08. */
const NEW_YORK: BusinessSchedule = {
  timezone: 'America/New_York',
  hours: [
    { effectiveFrom: null, weeklyHours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00' }] },
  ],
  holidays: new Set(['2026-03-04']),
};
const at = (iso: string) => Date.parse(iso);
const row = (overrides: Partial<ClockedRow>): ClockedRow => ({
  createdAt: at('2026-03-02T15:00:00Z'),
  firstResponseAt: null,
  resolvedAt: null,
  pausedMinutes: null,
  ...overrides,
});
const frt = { metric: 'first_response_time', thresholdMinutes: 60 } as const;
const resolution = { metric: 'resolution_time', thresholdMinutes: 120 } as const;
const NOW = at('2026-03-25T12:00:00Z');

describe('clockedOutcome', () => {
  const timeline = () => new GrowingTimeline(NEW_YORK, at('2026-03-02T00:00:00Z'), at('2026-03-09T00:00:00Z'));

  it('counts business minutes to the first response, across a weekend and the change to daylight time', () => {
    const t = timeline();
    expect(clockedOutcome(frt, t, row({ firstResponseAt: at('2026-03-02T16:00:00Z') }), NOW)).toEqual({ kind: 'met' });
    expect(clockedOutcome(frt, t, row({ firstResponseAt: at('2026-03-02T16:00:01Z') }), NOW)).toEqual({
      kind: 'missed',
    });
    // Friday 16:30 EST to Monday 09:29 EDT (13:29Z): 30 + 29 minutes.
    const friday = { createdAt: at('2026-03-06T21:30:00Z') };
    expect(clockedOutcome(frt, t, row({ ...friday, firstResponseAt: at('2026-03-09T13:29:00Z') }), NOW).kind).toBe(
      'met',
    );
    expect(clockedOutcome(frt, t, row({ ...friday, firstResponseAt: at('2026-03-09T13:31:00Z') }), NOW).kind).toBe(
      'missed',
    );
  });

  it('skips a holiday, and counts nothing before opening', () => {
    const t = timeline();
    // Tuesday 16:30 EST to Thursday 09:20 (Wednesday a holiday): 30 + 20.
    const tuesday = row({ createdAt: at('2026-03-03T21:30:00Z'), firstResponseAt: at('2026-03-05T14:20:00Z') });
    expect(clockedOutcome(frt, t, tuesday, NOW).kind).toBe('met');
    const early = row({ createdAt: at('2026-03-03T12:00:00Z'), firstResponseAt: at('2026-03-03T14:00:00Z') });
    expect(clockedOutcome(frt, t, early, NOW).kind).toBe('met');
  });

  it('deducts pausedMinutes from the resolution only, never below zero', () => {
    const t = timeline();
    const resolved = { resolvedAt: at('2026-03-02T17:30:00Z'), firstResponseAt: at('2026-03-02T16:30:00Z') }; // 150
    expect(clockedOutcome(resolution, t, row(resolved), NOW).kind).toBe('missed');
    expect(clockedOutcome(resolution, t, row({ ...resolved, pausedMinutes: 30 }), NOW).kind).toBe('met');
    expect(clockedOutcome(resolution, t, row({ ...resolved, pausedMinutes: 900 }), NOW).kind).toBe('met');
    expect(clockedOutcome(frt, t, row({ ...resolved, pausedMinutes: 900 }), NOW).kind).toBe('missed'); // 90 > 60
  });

  it('leaves an unanswered interaction out until its threshold elapses, and says when that is', () => {
    const t = timeline();
    const friday = row({ createdAt: at('2026-03-06T21:30:00Z') });
    expect(clockedOutcome(frt, t, friday, at('2026-03-09T13:29:00Z'))).toEqual({
      kind: 'pending',
      decidesAt: at('2026-03-09T13:30:00Z'),
    });
    expect(clockedOutcome(frt, t, friday, at('2026-03-09T13:31:00Z'))).toEqual({ kind: 'missed' });
    // The pause extends an unresolved ticket's allowance: 120 + 60 business minutes from Friday 16:30.
    const paused = row({ createdAt: at('2026-03-06T21:30:00Z'), pausedMinutes: 60 });
    expect(clockedOutcome(resolution, t, paused, at('2026-03-09T14:00:00Z'))).toEqual({
      kind: 'pending',
      decidesAt: at('2026-03-09T15:30:00Z'),
    });
  });

  it('reaches past the timeline it was built for', () => {
    const t = timeline();
    const late = row({ createdAt: at('2026-06-01T14:00:00Z'), firstResponseAt: at('2026-06-01T14:30:00Z') });
    expect(clockedOutcome(frt, t, late, NOW).kind).toBe('met');
    const never = new GrowingTimeline({ ...NEW_YORK, hours: [{ effectiveFrom: null, weeklyHours: [] }] }, NOW, NOW);
    expect(clockedOutcome(frt, never, row({ createdAt: NOW }), NOW + 1)).toEqual({
      kind: 'pending',
      decidesAt: undefined,
    });
  });
});
