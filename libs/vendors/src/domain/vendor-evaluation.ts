import { BusinessRuleError } from '@vendorwatch/event-store';
import { VendorErrorCode } from './vendor-errors';
import { roundTo } from './rounding';

export const STANDARD_CRITERIA = [
  'price',
  'training_depth',
  'qa_discipline',
  'escalation_handling',
  'operational_maturity',
] as const;
export const PRICING_MODELS = ['per_hour', 'per_ticket', 'per_seat'] as const;
export type PricingModel = (typeof PRICING_MODELS)[number];

export interface Money {
  amount: number;
  currency: string;
}

export interface Criterion {
  key: string;
  score: number;
  weight: number;
  notes: string | null;
}

export interface Pricing {
  model: PricingModel;
  rate: Money;
}

export interface Evaluation {
  criteria: Criterion[];
  pricing: Pricing;
  evaluatedAt: string;
}

/** Σ(weight·score)/Σ(weight), 2 decimals. */
export function weightedScore(criteria: readonly Criterion[]): number {
  const total = totalWeight(criteria);
  return roundTo(criteria.reduce((sum, c) => sum + c.weight * c.score, 0) / total, 2);
}

/** Weight of `price` / Σ(weight), 2 decimals; 0 when price is not a criterion. */
export function priceWeightShare(criteria: readonly Criterion[]): number {
  const price = criteria.find((c) => c.key === 'price');
  return price ? roundTo(price.weight / totalWeight(criteria), 2) : 0;
}

/** 422 unless every criterion key appears once and there is a positive total weight. */
export function assertValidCriteria(criteria: readonly Criterion[]): void {
  const keys = criteria.map((c) => c.key);
  const repeated = [...new Set(keys.filter((key, index) => keys.indexOf(key) !== index))];
  if (repeated.length > 0) {
    throw new BusinessRuleError(
      VendorErrorCode.CRITERION_REPEATED,
      `Each criterion may be scored once; repeated: ${repeated.join(', ')}.`,
      repeated.map((key) => ({ field: 'criteria', errors: [`key ${key} appears more than once`] })),
    );
  }
  if (criteria.length === 0 || !(totalWeight(criteria) > 0)) {
    throw new BusinessRuleError(
      VendorErrorCode.WEIGHTS_SUM_TO_ZERO,
      'An evaluation needs at least one criterion with a positive weight.',
    );
  }
}

function totalWeight(criteria: readonly Criterion[]): number {
  return criteria.reduce((sum, c) => sum + c.weight, 0);
}
