import type { Money } from '@vendorwatch/contracts';
import { monthOf } from './sla-periods';

const toCents = (amount: number) => Math.round(amount * 100);
const fromCents = (cents: number) => cents / 100;

/** The credit one breach earns: `percent`% of the monthly fee, to the cent. */
export function serviceCredit(monthlyFee: Money, percent: number): Money {
  return { amount: fromCents(Math.round((toCents(monthlyFee.amount) * percent) / 100)), currency: monthlyFee.currency };
}

export interface MonthlyCredit {
  month: string;
  amount: number;
  capped: boolean;
}

/** The contract's credit terms as the compliance report needs them. */
export interface CreditTermsByMonth {
  /** The fee and cap in force when a calendar month (`YYYY-MM`) started. */
  ofMonth(month: string): { monthlyFee: Money; serviceCreditCapPercent: number | null };
  /** The currency of the totals: the current fee's. */
  currency: string;
  /**
   * When credits start to accrue: the contract's signing. A period that started before it (or while the contract
   * is unsigned, `null`) earns none, breached or not. Undefined: every period accrues.
   */
  accruesFrom?: string | null;
}

function accrues(periodStart: string, accruesFrom: string | null | undefined): boolean {
  if (accruesFrom === undefined) return true;
  return accruesFrom !== null && new Date(periodStart).getTime() >= new Date(accruesFrom).getTime();
}

/**
 * Credits per calendar month of the breached periods' starts (from the signing on), each month capped at `serviceCreditCapPercent`% of
 * the monthly fee when the terms in force at the month's start set a cap. Months without credits are left out.
 */
export function creditsByMonth(
  breaches: { periodStart: string; creditAmount: Money }[],
  terms: CreditTermsByMonth,
): { creditsByMonth: MonthlyCredit[]; totalCredits: Money } {
  const cents = new Map<string, number>();
  for (const breach of breaches) {
    if (!accrues(breach.periodStart, terms.accruesFrom)) continue;
    const month = monthOf(breach.periodStart);
    cents.set(month, (cents.get(month) ?? 0) + toCents(breach.creditAmount.amount));
  }
  const months = [...cents.entries()]
    .filter(([, total]) => total > 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, total]) => {
      const cap = monthlyCap(terms.ofMonth(month));
      return {
        month,
        cents: cap === undefined ? total : Math.min(total, cap),
        capped: cap !== undefined && total > cap,
      };
    });
  const total = months.reduce((sum, m) => sum + m.cents, 0);
  return {
    creditsByMonth: months.map(({ month, cents: amount, capped }) => ({ month, amount: fromCents(amount), capped })),
    totalCredits: { amount: fromCents(total), currency: terms.currency },
  };
}

function monthlyCap({
  monthlyFee,
  serviceCreditCapPercent,
}: ReturnType<CreditTermsByMonth['ofMonth']>): number | undefined {
  return serviceCreditCapPercent === null
    ? undefined
    : toCents(serviceCredit(monthlyFee, serviceCreditCapPercent).amount);
}
