import { BusinessRuleError } from '@vendorwatch/event-store';
import { objectiveFor } from './sla-metrics';

describe('SLA metrics', () => {
  it('accepts the listed metric/kind pairs and keeps only the fields of the kind', () => {
    expect(objectiveFor('qa_score', { kind: 'min', target: 85, thresholdMinutes: 3 } as never)).toEqual({
      kind: 'min',
      target: 85,
    });
    expect(objectiveFor('abandonment_rate', { kind: 'max', target: 5 })).toEqual({ kind: 'max', target: 5 });
    expect(objectiveFor('custom', { kind: 'max', target: 1200 })).toEqual({ kind: 'max', target: 1200 });
  });

  it('refuses a pair that is not listed', () => {
    expect(() => objectiveFor('first_response_time', { kind: 'min', target: 5 })).toThrow(BusinessRuleError);
    expect(() => objectiveFor('csat', { kind: 'attainment', thresholdMinutes: 1, targetPercent: 5 })).toThrow(
      'csat takes an objective of kind min',
    );
  });

  it('refuses a percentage target outside 0–100', () => {
    expect(() => objectiveFor('csat', { kind: 'min', target: 120 })).toThrow(BusinessRuleError);
  });
});
