import { clockOrDefault, normalizedClock, normalizedScope, scopeOrDefault } from './sla-clock';

describe('SLA clock and scope', () => {
  it('reads an absent clock as 24x7 and an absent scope as every interaction', () => {
    expect(clockOrDefault(undefined)).toEqual({ type: '24x7' });
    expect(clockOrDefault(null)).toEqual({ type: '24x7' });
    expect(scopeOrDefault(undefined)).toEqual({});
  });

  it('keeps only the fields of the clock type', () => {
    expect(normalizedClock({ type: '24x7', calendarId: 'x' } as never)).toEqual({ type: '24x7' });
    expect(normalizedClock({ type: 'calendar', calendarId: 'c' })).toEqual({ type: 'calendar', calendarId: 'c' });
  });

  it('sorts and deduplicates the lists, an empty list being none', () => {
    expect(normalizedScope({ priorities: ['urgent', 'high', 'urgent'], channels: [] })).toEqual({
      priorities: ['high', 'urgent'],
    });
    expect(normalizedScope({})).toEqual({});
  });
});
