import { contractFacts, NOW } from './checklist.fixtures';
import { coverageDesign } from './coverage-design.rule';

describe('item 4 coverage_design', () => {
  const demand = { timezone: 'America/New_York', windows: [{ days: ['mon' as const], start: '08:00', end: '20:00' }] };
  const vendorShifts = [{ timezone: 'Asia/Manila', days: ['mon' as const], start: '20:00', end: '08:00' }];
  const plan = {
    demand,
    vendorShifts,
    overlapHoursWithInternalTeam: 1,
    weekendRule: 'email only',
    escalationWindow: '2h',
  };
  const full = { weekOf: '2026-06-08', demandMinutes: 720, coveredMinutes: 720, share: 1, gaps: [] };
  const gap = {
    weekOf: '2026-01-12',
    demandMinutes: 720,
    coveredMinutes: 660,
    share: 660 / 720,
    gaps: [{ from: 'Mon 19:00', to: 'Mon 20:00' }],
  };

  it('passes when the demand week is covered and the plan is complete', () => {
    expect(coverageDesign.evaluate(contractFacts({ terms: { coverage: plan }, coverage: full }), NOW)).toEqual({
      status: 'pass',
      evidence: ['Vendor shifts cover 100 % of customer demand (720 of 720 minutes in the week of 2026-06-08)'],
      recommendation: '',
    });
  });

  it('warns when covered but the overlap is short, or ≥ 80 % covered', () => {
    const noOverlap = coverageDesign.evaluate(
      contractFacts({ terms: { coverage: { ...plan, overlapHoursWithInternalTeam: 0 } }, coverage: full }),
      NOW,
    );
    expect(noOverlap).toMatchObject({
      status: 'warn',
      evidence: [expect.any(String), 'Only 0 hours of overlap with the internal team (at least 1 needed)'],
    });
    expect(coverageDesign.evaluate(contractFacts({ terms: { coverage: plan }, coverage: gap }), NOW)).toMatchObject({
      status: 'warn',
      evidence: [
        'Vendor shifts cover 91.6 % of customer demand (660 of 720 minutes in the week of 2026-01-12)',
        'Not covered (America/New_York time): Mon 19:00–Mon 20:00',
      ],
    });
  });

  it('fails below 80 %, or without demand or shifts', () => {
    const poor = { ...gap, coveredMinutes: 570, share: 570 / 720 };
    expect(coverageDesign.evaluate(contractFacts({ terms: { coverage: plan }, coverage: poor }), NOW).status).toBe(
      'fail',
    );
    expect(coverageDesign.evaluate(contractFacts({ terms: { coverage: { demand } } }), NOW)).toMatchObject({
      status: 'fail',
      evidence: ['Hours of customer demand described', 'No vendor shifts described'],
    });
  });
});
