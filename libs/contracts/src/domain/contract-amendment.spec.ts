import { applyTermChanges, changedTerms } from './contract-amendment';
import { ContractTerms } from './contract-terms';

const terms: ContractTerms = {
  title: 'EU chat',
  startDate: '2026-01-01',
  endDate: '2027-12-31',
  channels: ['chat'],
  monthlyFee: { amount: 50000, currency: 'USD' },
  coverage: {
    demand: { timezone: 'America/New_York', windows: [{ days: ['mon'], start: '08:00', end: '20:00' }] },
    overlapHoursWithInternalTeam: 2,
  },
  integration: { customerHistoryAccess: true },
};

describe('contract amendments', () => {
  it('keeps only what differs, field by field inside sections', () => {
    expect(
      changedTerms(terms, {
        channels: ['chat'],
        monthlyFee: { amount: 55000, currency: 'USD' },
        coverage: { overlapHoursWithInternalTeam: 2, weekendRule: 'email only' },
        integration: { customerHistoryAccess: true },
      }),
    ).toEqual({ monthlyFee: { amount: 55000, currency: 'USD' }, coverage: { weekendRule: 'email only' } });
  });

  it('sees a changed nested value and a removal as changes, and an absent field set to null as none', () => {
    const windows = [{ days: ['mon', 'tue'], start: '08:00', end: '20:00' }];
    expect(changedTerms(terms, { coverage: { demand: { timezone: 'America/New_York', windows } as never } })).toEqual({
      coverage: { demand: { timezone: 'America/New_York', windows } },
    });
    expect(changedTerms(terms, { integration: null, goals: null, serviceCreditCapPercent: null })).toEqual({
      integration: null,
    });
  });

  it('applies changes: sections merge, other terms are replaced, null removes', () => {
    const amended = applyTermChanges(terms, {
      title: 'EU chat & email',
      coverage: { overlapHoursWithInternalTeam: null, weekendRule: 'email only' },
      integration: null,
      goals: { toneGuidelines: 'warm' },
    });
    expect(amended).toEqual({
      ...terms,
      title: 'EU chat & email',
      coverage: { demand: terms.coverage!.demand, weekendRule: 'email only' },
      integration: undefined,
      goals: { toneGuidelines: 'warm' },
    });
    expect('integration' in amended).toBe(false);
  });
});
