import { monthsBetween, performanceOf, trendOf } from './performance';
import { customersRepeating, escalationsIncreasing, firefighting, slasConstantlyMissed } from './support-debt';
import { rankVendors } from './vendor-ranking';

const cell = (contractId: string, month: string, figures: Partial<Parameters<typeof performanceOf>[0][0]>) => ({
  contractId,
  month,
  slaPeriodsMet: 0,
  slaPeriodsBreached: 0,
  qaReviews: 0,
  qaScoreSum: 0,
  qaAutoFails: 0,
  escalationsOpened: 0,
  ...figures,
});

describe('vendor performance', () => {
  const cells = [
    cell('c1', '2026-01', {
      slaPeriodsMet: 3,
      slaPeriodsBreached: 1,
      qaReviews: 2,
      qaScoreSum: 170,
      escalationsOpened: 1,
    }),
    cell('c2', '2026-02', { slaPeriodsMet: 1, slaPeriodsBreached: 2, qaReviews: 1, qaScoreSum: 0, qaAutoFails: 1 }),
  ];

  it('pools periods and reviews: attainment 4/7, QA mean 170/3, auto-fail rate 1/3', () => {
    expect(performanceOf(cells)).toEqual({
      slaAttainmentRate: 0.5714,
      slaPeriodsBreached: 3,
      qaAverageScore: 56.7,
      qaAutoFailRate: 0.3333,
      escalationsOpened: 1,
    });
  });

  it('lists every month of the range, null where nothing was measured', () => {
    expect(monthsBetween('2025-12-15', '2026-02-01')).toEqual(['2025-12', '2026-01', '2026-02']);
    expect(trendOf(cells, ['2025-12', '2026-01'])).toEqual([
      { month: '2025-12', slaAttainmentRate: null, qaAverageScore: null, escalationsOpened: 0 },
      { month: '2026-01', slaAttainmentRate: 0.75, qaAverageScore: 85, escalationsOpened: 1 },
    ]);
  });
});

describe('vendor ranking', () => {
  it('weighs the components that have data, and ranks a vendor known by its checklist alone after the others', () => {
    const [first, second] = rankVendors([
      {
        vendorId: 'b',
        name: 'Beta',
        status: 'active',
        slaAttainmentRate: null,
        qaAverageScore: null,
        riskScore: 0,
        grade: 'A',
        annualizedAttritionPercent: null,
      },
      {
        vendorId: 'a',
        name: 'Alpha',
        status: 'active',
        slaAttainmentRate: 0.9,
        qaAverageScore: 80,
        riskScore: 6,
        grade: 'B',
        annualizedAttritionPercent: 30,
      },
    ]);
    // Alpha: (0.35·90 + 0.30·80 + 0.20·75 + 0.15·70) / 1 = 81, four components. Beta: only the checklist → 100,
    // one component: it ranks after Alpha, its other components shown as insufficient data.
    expect(first).toMatchObject({ rank: 1, vendorId: 'a', composite: 81, componentsWithData: 4 });
    expect(first.components.checklistRisk).toEqual({ value: 6, score: 75, weight: 0.2, grade: 'B', status: 'ok' });
    expect(second).toMatchObject({ rank: 2, vendorId: 'b', composite: 100, componentsWithData: 1 });
    expect(second.components).toMatchObject({
      slaAttainment: { value: null, score: null, status: 'insufficient_data' },
      qaAverage: { value: null, score: null, status: 'insufficient_data' },
      attrition: { value: null, score: null, status: 'insufficient_data' },
    });
  });

  it('ranks by composite among vendors with as many components with data', () => {
    const vendor = (vendorId: string, slaAttainmentRate: number) => ({
      vendorId,
      name: vendorId,
      status: 'active',
      slaAttainmentRate,
      qaAverageScore: 80,
      riskScore: 0,
      grade: 'A',
      annualizedAttritionPercent: null,
    });
    expect(rankVendors([vendor('low', 0.5), vendor('high', 0.9)]).map((v) => [v.rank, v.vendorId])).toEqual([
      [1, 'high'],
      [2, 'low'],
    ]);
  });
});

describe('support debt signs', () => {
  it('flags an SLA breached in 3 of its last 4 measured periods', () => {
    const periods = ['breached', 'met', 'breached', 'breached', 'met'].map((outcome, i) => ({
      periodStart: `2026-0${5 - i}-01`,
      outcome,
    }));
    const result = slasConstantlyMissed([{ slaId: 's', name: 'FRT', periods }]);
    expect(result.signal).toBe(true);
    expect(result.slas[0].breachedOfLast4).toBe(3);
  });

  it('flags escalations only when rising and at least two', () => {
    const w = (opened: number) => ({ from: 'f', to: 't', opened });
    expect(escalationsIncreasing([w(0), w(1), w(2)]).signal).toBe(true);
    expect(escalationsIncreasing([w(0), w(0), w(1)]).signal).toBe(false);
    expect(escalationsIncreasing([w(0), w(2), w(2)]).signal).toBe(false);
  });

  it('flags firefighting at 40 % high/urgent or a backlog growing three weeks running', () => {
    const window = (interactions: number, highOrUrgent: number) => [{ from: 'f', to: 't', interactions, highOrUrgent }];
    const flat = [5, 5, 5, 5].map((open, i) => ({ at: `${i}`, open }));
    expect(firefighting(window(10, 4), flat).signal).toBe(true);
    expect(firefighting(window(10, 3), flat).signal).toBe(false);
    expect(
      firefighting(
        window(10, 0),
        [1, 2, 3, 4].map((open, i) => ({ at: `${i}`, open })),
      ).backlogGrowing,
    ).toBe(true);
  });

  it('flags customers repeating themselves at 10 % or more', () => {
    expect(customersRepeating([{ from: 'f', to: 't', customers: 10, repeating: 1 }])).toMatchObject({
      signal: true,
      share: 0.1,
    });
    expect(customersRepeating([{ from: 'f', to: 't', customers: 0, repeating: 0 }])).toMatchObject({
      signal: false,
      share: null,
    });
  });
});
