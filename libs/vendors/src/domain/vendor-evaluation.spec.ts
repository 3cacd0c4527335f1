import { BusinessRuleError } from '@vendorwatch/event-store';
import { assertValidCriteria, priceWeightShare, weightedScore } from './vendor-evaluation';

const criterion = (key: string, score: number, weight: number) => ({ key, score, weight, notes: null });

describe('evaluation figures', () => {
  it('weights the scores: Σ(weight·score)/Σ(weight), 2 decimals', () => {
    const criteria = [criterion('price', 3, 2), criterion('training_depth', 5, 1), criterion('qa_discipline', 4, 3)];
    // (6 + 5 + 12) / 6 = 3.8333…
    expect(weightedScore(criteria)).toBe(3.83);
  });

  it('shares the price weight, 2 decimals', () => {
    const criteria = [criterion('price', 3, 1), criterion('qa_discipline', 4, 2)];
    expect(priceWeightShare(criteria)).toBe(0.33);
  });

  it('is 0 price share without a price criterion', () => {
    expect(priceWeightShare([criterion('qa_discipline', 4, 2)])).toBe(0);
  });

  it('rounds half up', () => {
    // (1·1 + 2·7) / 8 = 1.875
    expect(weightedScore([criterion('a', 1, 1), criterion('b', 2, 7)])).toBe(1.88);
  });

  it('accepts unique keys and rejects repeated ones', () => {
    expect(() => assertValidCriteria([criterion('price', 1, 1), criterion('custom_tooling', 2, 1)])).not.toThrow();
    expect(() => assertValidCriteria([criterion('price', 1, 1), criterion('price', 2, 1)])).toThrow(BusinessRuleError);
  });
});
