import { ContractTerms, Money } from './contract-terms';

/** The terms service credits are reckoned with (SPEC §5), in force from the instant `from`. */
export interface CreditTerms {
  from: string;
  monthlyFee: Money;
  /** Per calendar month, credits stop at this % of the monthly fee; null when the contract sets no cap. */
  serviceCreditCapPercent: number | null;
}

export function creditTermsOf(terms: ContractTerms, from: string): CreditTerms {
  return { from, monthlyFee: terms.monthlyFee, serviceCreditCapPercent: terms.serviceCreditCapPercent ?? null };
}

/**
 * The credit terms in force at an instant: the last to take effect by then, or the first for an instant before the
 * contract was drafted. A period is credited, and a month capped, by the fee of its own time, not today's.
 */
export function creditTermsAt(history: readonly CreditTerms[], instant: string): CreditTerms {
  const at = Date.parse(instant);
  let inForce = history[0];
  for (const terms of history) if (Date.parse(terms.from) <= at) inForce = terms;
  return inForce;
}
