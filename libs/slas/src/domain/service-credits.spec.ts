import { creditsByMonth, serviceCredit } from './service-credits';

const fee = { amount: 50000, currency: 'USD' };
const credit = (amount: number) => ({ amount, currency: 'USD' });

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
    expect(creditsByMonth(breaches, { monthlyFee: fee, serviceCreditCapPercent: 12 })).toEqual({
      creditsByMonth: [
        { month: '2026-02', amount: 2500, capped: false },
        { month: '2026-03', amount: 6000, capped: true },
      ],
      totalCredits: credit(8500),
    });
  });

  it('does not cap without a cap, and answers zero without breaches', () => {
    const breaches = [1, 2, 3].map(() => ({ periodStart: '2026-03-02T00:00:00.000Z', creditAmount: credit(2500) }));
    expect(creditsByMonth(breaches, { monthlyFee: fee, serviceCreditCapPercent: null }).totalCredits).toEqual(credit(7500));
    expect(creditsByMonth([], { monthlyFee: fee, serviceCreditCapPercent: 10 })).toEqual({ creditsByMonth: [], totalCredits: credit(0) });
  });
});
