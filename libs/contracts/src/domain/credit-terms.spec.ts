import { creditTermsAt, CreditTerms } from './credit-terms';

const USD = (amount: number) => ({ amount, currency: 'USD' });
const history: CreditTerms[] = [
  { from: '2026-02-20T09:00:00.000Z', monthlyFee: USD(50000), serviceCreditCapPercent: 10 },
  { from: '2026-04-15T12:00:00.000Z', monthlyFee: USD(60000), serviceCreditCapPercent: 10 },
  { from: '2026-06-01T00:00:00.000Z', monthlyFee: USD(60000), serviceCreditCapPercent: null },
];

describe('creditTermsAt', () => {
  it.each([
    ['2026-01-05', 50000, 10], // before the draft: the first terms
    ['2026-04-01T00:00:00.000Z', 50000, 10],
    ['2026-04-15T12:00:00.000Z', 60000, 10], // from the amendment's own instant
    ['2026-05-31T23:59:59.999Z', 60000, 10],
    ['2026-06-01', 60000, null],
  ])('at %s: fee %d, cap %s', (instant, fee, cap) => {
    expect(creditTermsAt(history, instant)).toMatchObject({ monthlyFee: USD(fee), serviceCreditCapPercent: cap });
  });
});
