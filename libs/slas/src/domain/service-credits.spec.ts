import { creditsByMonth, serviceCredit } from './service-credits';

const fee = { amount: 50000, currency: 'USD' };
const credit = (amount: number) => ({ amount, currency: 'USD' });
const terms = (serviceCreditCapPercent: number | null) => ({
  ofMonth: () => ({ monthlyFee: fee, serviceCreditCapPercent }),
  currency: 'USD',
});

describe('service credits', () => {
  it('is the credit percent of the monthly fee, to the cent', () => {
    expect(serviceCredit(fee, 5)).toEqual(credit(2500));
    expect(serviceCredit({ amount: 12345.67, currency: 'EUR' }, 7.5)).toEqual({ amount: 925.93, currency: 'EUR' });
  });

  it('caps each calendar month of the periods at the cap percent of the fee', () => {
    const breaches = [
      { periodStart: '2026-02-23T00:00:00.000Z', creditAmount: credit(2500) },
      { periodStart: '2026-03-02T00:00:00.000Z', creditAmount: credit(2500) },
      { periodStart: '2026-03-09T00:00:00.000Z', creditAmount: credit(2500) },
      { periodStart: '2026-03-16T00:00:00.000Z', creditAmount: credit(2500) },
    ];
    expect(creditsByMonth(breaches, terms(12))).toEqual({
      creditsByMonth: [
        { month: '2026-02', amount: 2500, capped: false },
        { month: '2026-03', amount: 6000, capped: true },
      ],
      totalCredits: credit(8500),
    });
  });

  it('does not cap without a cap, and answers zero without breaches', () => {
    const breaches = [1, 2, 3].map(() => ({ periodStart: '2026-03-02T00:00:00.000Z', creditAmount: credit(2500) }));
    expect(creditsByMonth(breaches, terms(null)).totalCredits).toEqual(credit(7500));
    expect(creditsByMonth([], terms(10))).toEqual({ creditsByMonth: [], totalCredits: credit(0) });
  });

  it('caps each month by the terms in force when it started', () => {
    const breaches = ['2026-03-02', '2026-03-09', '2026-04-06', '2026-04-13'].map((week) => ({
      periodStart: `${week}T00:00:00.000Z`,
      creditAmount: credit(2500),
    }));
    const amended = {
      ofMonth: (month: string) => ({
        monthlyFee: month < '2026-04' ? fee : { amount: 20000, currency: 'USD' },
        serviceCreditCapPercent: 12,
      }),
      currency: 'USD',
    };
    expect(creditsByMonth(breaches, amended)).toEqual({
      creditsByMonth: [
        { month: '2026-03', amount: 5000, capped: false }, // cap 6,000 of a 50,000 fee
        { month: '2026-04', amount: 2400, capped: true }, // cap 2,400 of a 20,000 fee
      ],
      totalCredits: credit(7400),
    });
  });
});
